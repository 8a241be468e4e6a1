import type { GetStaticPaths, GetStaticProps } from 'next';
import { EmbedClauseDocument } from '@/components/embed/embed-clause-document';
import { embedClausePaths, embedClauseProps, type EmbedClauseProps } from '@/lib/embed/route-props';

type Params = { lang: string; slug: string; region: string; clause: string };

// Plain HTML, as every page; islands/embed.ts reports the height to the framing page.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

// Every clause id of every region's text (`11.5`, `9.1.g` in eu only, `eu-addendum.7`), each
// a small page; any other clause is a 404.
export const getStaticPaths: GetStaticPaths<Params> = () => ({ paths: embedClausePaths(), fallback: false });

export const getStaticProps: GetStaticProps<EmbedClauseProps, Params> = ({ params }) => {
  const props = params && embedClauseProps(params.lang, params.slug, params.region, params.clause);
  return props ? { props } : { notFound: true };
};

/** One clause in both languages with its marks, for a console's iframe. */
export default EmbedClauseDocument;
