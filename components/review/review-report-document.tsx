import Head from 'next/head';
import { getT } from '@/lib/i18n/server';
import { htmlLang, otherLocale } from '@/lib/i18n/config';
import { clauseInPartLabel } from '@/lib/format';
import type { ReviewRouteProps } from '@/lib/page/route-props';
import { PageHead } from '../site/page-head';
import { SiteHeader } from '../site/site-header';
import { EditorialNotes } from '../agreement/editorial-notes';
import { EditionDates } from '../ui/edition-dates';
import { partTitleClass } from '../ui/part-title';
import { ReviewCorrections } from './review-corrections';
import { ReviewSummary } from './review-summary';

/**
 * The review report of one agreement as a document (lib/page/review-report.ts): the translation
 * review in full and the editorial notes, each clause a link to its row on the agreement page.
 * A reviewer reads, prints and cites it; the agreement page keeps the totals and links here.
 */
export function ReviewReportDocument({ locale, report }: ReviewRouteProps) {
  const t = getT(locale);
  const text = report.texts[locale] ?? report.texts[report.official]!;
  const agreement = `/${locale}/agreements/${report.slug}`;
  const path = `/agreements/${report.slug}/review`;
  const clauses = new Map(report.clauses.map((clause) => [clause.ref, clause]));
  const label = (ref: string) => {
    const clause = clauses.get(ref);
    return clause ? clauseInPartLabel(clause, report.partTitles[clause.part]?.[text.language], t) : ref;
  };
  const bilingual = report.languages.length > 1;
  return (
    <>
      <Head>
        <title>{[t('review.report'), text.title, t('site.name')].join(' · ')}</title>
        <meta name="description" content={`${text.title}: ${t('review.reportIntro')}`} />
      </Head>
      <PageHead locale={locale} path={path} />
      <SiteHeader locale={locale} alternateHref={`/${otherLocale(locale)}${path}`} t={t} />
      <main id="main" className="review-report mx-auto max-w-5xl px-4 pt-4 pb-16">
        <p className="m-0 text-sm print:hidden">
          <a href={agreement} className="underline underline-offset-2">
            {t('review.backToAgreement')}
          </a>
        </p>
        <header className="mt-3">
          <h1 className="m-0 text-[1.6rem] leading-[1.3] font-bold">{t('review.reportTitle')}</h1>
          <p className="mt-1 mb-0 text-muted">
            <a href={agreement} lang={htmlLang(text.language)} className="font-semibold text-ink">
              {text.title}
            </a>{' '}
            <span className="inline-flex flex-wrap gap-x-3">
              <EditionDates dates={text.dates} locale={locale} t={t} />
            </span>
          </p>
          <p className="mt-2 max-w-3xl text-sm">{t('review.reportIntro')}</p>
        </header>
        {bilingual && (
          <section id="translation-review" aria-labelledby="translation-review-title">
            <h2 id="translation-review-title" className={partTitleClass}>
              {t('review.title')}
            </h2>
            <ReviewSummary
              review={report.review}
              clauseHref={(id) => `${agreement}#${id}`}
              label={label}
              t={t}
            />
            <ReviewCorrections
              corrections={report.review.corrections}
              clauseHref={(id) => `${agreement}#${id}`}
              label={label}
              t={t}
            />
          </section>
        )}
        <EditorialNotes repairs={report.repairs} clauseHref={(ref) => `${agreement}#clause-${ref}`} t={t} />
      </main>
    </>
  );
}
