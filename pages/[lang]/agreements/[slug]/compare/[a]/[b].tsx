import type { GetStaticPaths, GetStaticProps } from 'next';
import { CompareDocument } from '@/components/compare/compare-document';
import { regionCompareProps, regionComparePaths, type CompareRouteProps } from '@/lib/compare/route-props';

type Params = { lang: string; slug: string; a: string; b: string };

// Plain HTML: no framework script, no island (folded clauses are <details>).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

// Both orders of every pair of an agreement's regions; any other pair is a 404.
export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: regionComparePaths(),
  fallback: false,
});

export const getStaticProps: GetStaticProps<CompareRouteProps, Params> = ({ params }) => {
  const props = params && regionCompareProps(params.lang, params.slug, params.a, params.b);
  return props ? { props } : { notFound: true };
};

/** One agreement as it binds two regions: /en/agreements/membership-agreement/compare/intl/eu. */
export default CompareDocument;
