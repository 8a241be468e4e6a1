import type { GetStaticPaths, GetStaticProps } from 'next';
import { CompareDocument } from '@/components/compare/compare-document';
import {
  publicationCompareProps,
  publicationComparePaths,
  type CompareRouteProps,
} from '@/lib/compare/route-props';

type Params = { lang: string; a: string; b: string };

// Plain HTML: no framework script, no island (folded clauses are <details>).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

// Both orders of every pair of publications that share their terms; any other pair is a 404.
export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: publicationComparePaths(),
  fallback: false,
});

export const getStaticProps: GetStaticProps<CompareRouteProps, Params> = ({ params }) => {
  const props = params && publicationCompareProps(params.lang, params.a, params.b);
  return props ? { props } : { notFound: true };
};

/** Two publications of the same terms, clause by clause: /en/compare/mini-program-cloud-terms/maxcompute-terms. */
export default CompareDocument;
