import type { GetStaticPaths, GetStaticProps } from 'next';
import { ReviewReportDocument } from '@/components/review/review-report-document';
import { reviewPaths, reviewRouteProps, type ReviewRouteProps } from '@/lib/page/route-props';

type Params = { lang: string; slug: string };

// Plain HTML and no island: the report is read, printed and cited as it is.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

// Every agreement with two languages or editorial notes; any other is a 404.
export const getStaticPaths: GetStaticPaths<Params> = () => ({ paths: reviewPaths(), fallback: false });

export const getStaticProps: GetStaticProps<ReviewRouteProps, Params> = ({ params }) => {
  const props = params && reviewRouteProps(params.lang, params.slug);
  return props ? { props } : { notFound: true };
};

/** The review report: the translation review in full and the editorial notes. */
export default ReviewReportDocument;
