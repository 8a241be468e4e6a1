import type { GetStaticPaths, GetStaticProps } from 'next';
import { EmbedAgreementDocument } from '@/components/embed/embed-agreement-document';
import { embedAgreementPaths, embedAgreementProps, type EmbedAgreementProps } from '@/lib/embed/route-props';

type Params = { lang: string; slug: string; region: string };

// Plain HTML, as every page; islands/embed.ts reports the height to the framing page.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

// Every agreement in every region it has (the default region by its key, `intl`), or `-` for an
// agreement without regions; anything else is a 404.
export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: embedAgreementPaths(),
  fallback: false,
});

export const getStaticProps: GetStaticProps<EmbedAgreementProps, Params> = ({ params }) => {
  const props = params && embedAgreementProps(params.lang, params.slug, params.region);
  return props ? { props } : { notFound: true };
};

/** The whole agreement as it binds one region, for a console's iframe: no site around it. */
export default EmbedAgreementDocument;
