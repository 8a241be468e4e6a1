import type { GetStaticPaths, GetStaticProps } from 'next';
import { EmbedClauseDocument } from '@/components/embed/embed-clause-document';
import { embedClauseProps, type EmbedClauseProps } from '@/lib/embed/route-props';

type Params = { lang: string; slug: string; region: string; clause: string };

// Plain HTML, as every page; islands/embed.ts reports the height to the framing page.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

// Every clause id of every region's text (`11.5`, `9.1.g` in eu only, `eu-addendum.7`) is a
// small page, rendered from the page model on its first request and kept (Next's fallback
// 'blocking': the first reader gets the full HTML, later ones the stored page); any other
// clause is a 404. Prerendering them all made 3,178 pages for five agreements, most of the build.
export const getStaticPaths: GetStaticPaths<Params> = () => ({ paths: [], fallback: 'blocking' });

export const getStaticProps: GetStaticProps<EmbedClauseProps, Params> = ({ params }) => {
  const props = params && embedClauseProps(params.lang, params.slug, params.region, params.clause);
  return props ? { props } : { notFound: true };
};

/** One clause in both languages with its marks, for a console's iframe. */
export default EmbedClauseDocument;
