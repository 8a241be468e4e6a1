import type { GetServerSideProps } from 'next';
import { isLocale } from '@/lib/i18n/config';
import { clauseRefOf } from '@/lib/page/goto-clause';

// Never rendered: it answers with a redirect or a 404.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

const key = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * The toolbar's "Go to clause" form without JavaScript: ?clause=第11.5条&region=eu → 303 to
 * /{lang}/agreements/{slug}/eu#clause-11.5. It reads no content (a request must not run the
 * pipeline): an unknown agreement or region is the target page's 404, and a clause the text
 * lacks lands on the page, whose missing-clause notice says where it is. Input that names no
 * clause goes to the top of the page. With JavaScript, islands/reading-tools.ts jumps without a
 * request and also finds a clause of another part by its number ("16.1.3" → specific.16.1.3).
 */
export const getServerSideProps: GetServerSideProps = async ({ params, query }) => {
  const lang = String(params?.lang);
  const slug = String(params?.slug);
  if (!isLocale(lang) || !key.test(slug)) return { notFound: true };
  const region = typeof query.region === 'string' && key.test(query.region) ? `/${query.region}` : '';
  const ref = clauseRefOf(typeof query.clause === 'string' ? query.clause.slice(0, 100) : '');
  const path = `/${lang}/agreements/${slug}${region}`;
  return { redirect: { destination: ref ? `${path}#clause-${ref}` : path, statusCode: 303 } };
};

export default function Goto() {
  return null;
}
