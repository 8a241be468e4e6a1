import type { GetStaticPaths, GetStaticProps } from 'next';
import { AgreementDocument } from '@/components/agreement/agreement-document';
import { agreementPaths, agreementRouteProps, type AgreementRouteProps } from '@/lib/page/route-props';

type Params = { lang: string; slug: string };

// Plain HTML: no framework script and no hydration; islands/agreement.ts enhances the page.
// unstable_runtimeJS is undocumented: e2e/documents.spec.ts fails if a /_next/ script appears.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

// Every agreement is prerendered; any other slug is a 404.
export const getStaticPaths: GetStaticPaths<Params> = () => ({ paths: agreementPaths(), fallback: false });

export const getStaticProps: GetStaticProps<AgreementRouteProps, Params> = ({ params }) => {
  const props = params && agreementRouteProps(params.lang, params.slug);
  return props ? { props } : { notFound: true };
};

/** The agreement in its default region (intl, or cn for the Chinese agreements), with the picker. */
export default AgreementDocument;
