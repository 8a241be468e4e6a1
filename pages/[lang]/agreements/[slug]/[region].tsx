import type { GetStaticPaths, GetStaticProps } from 'next';
import { AgreementDocument } from '@/components/agreement/agreement-document';
import { agreementRouteProps, regionPaths, type AgreementRouteProps } from '@/lib/page/route-props';

type Params = { lang: string; slug: string; region: string };

// Plain HTML, as the default region's page ([slug]/index.tsx).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

// One page per region that applies to the agreement; any other region is a 404.
export const getStaticPaths: GetStaticPaths<Params> = () => ({ paths: regionPaths(), fallback: false });

export const getStaticProps: GetStaticProps<AgreementRouteProps, Params> = ({ params }) => {
  const props = params && agreementRouteProps(params.lang, params.slug, params.region);
  return props ? { props } : { notFound: true };
};

/** The agreement as it binds one region: its addenda applied, its entity card. */
export default AgreementDocument;
