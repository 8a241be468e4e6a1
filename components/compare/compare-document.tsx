import Head from 'next/head';
import { getT } from '@/lib/i18n/server';
import { htmlLang, otherLocale } from '@/lib/i18n/config';
import type { CompareRouteProps } from '@/lib/compare/route-props';
import { editionOf } from '@/lib/format';
import { PageHead } from '../site/page-head';
import { SiteHeader } from '../site/site-header';
import { CardDifferences } from './card-differences';
import { ClauseComparison } from './clause-comparison';
import { CompareSummary } from './compare-summary';
import { DiffLegend } from './diff-paragraphs';
import { FoldedRun } from './folded-run';
import { sideName, sidePath } from './labels';

/**
 * A compare page as a document: what is compared and how it is marked, the entity cards (two
 * regions), the summary, then every clause — those that differ open, identical ones folded.
 */
export function CompareDocument({ locale, comparison, paths, others }: CompareRouteProps) {
  const t = getT(locale);
  const a = sideName(comparison.a, locale);
  const b = sideName(comparison.b, locale);
  const regional = comparison.card !== null;
  const text = comparison.a.texts[locale] ?? comparison.a.texts[comparison.a.official]!;
  const title = regional
    ? t('compare.regionsTitle', { title: text.title, a, b })
    : t('compare.publicationsTitle');
  return (
    <>
      <Head>
        <title>{`${regional ? title : `${a} · ${b}`} · ${t('site.name')}`}</title>
      </Head>
      <PageHead locale={locale} path={paths.canonical} />
      <SiteHeader locale={locale} alternateHref={`/${otherLocale(locale)}${paths.self}`} t={t} />
      <main id="main" className="mx-auto max-w-[90rem] px-4 pt-6 pb-12">
        <h1 className="m-0 text-2xl leading-snug font-bold">{title}</h1>
        <p className="mt-2 text-muted">
          {regional ? t('compare.regionsIntro', { a, b }) : t('compare.publicationsIntro')}
        </p>
        <p className="m-0 text-sm">{t('compare.compared')}</p>
        <ol className="mt-0 mb-1 pl-6 text-sm">
          {(['a', 'b'] as const).map((side) => {
            const own = comparison[side].texts[locale] ?? comparison[side].texts[comparison[side].official]!;
            return (
              <li key={side}>
                <a href={sidePath(comparison[side], locale)}>
                  {regional ? sideName(comparison[side], locale) : own.title}
                </a>
                {!regional && <span className="text-muted"> ({editionOf(own.meta, t)})</span>}
              </li>
            );
          })}
        </ol>
        <p className="mt-1 text-sm">
          <a href={`/${locale}${paths.swapped}`}>{t('compare.swap', { b })}</a>
        </p>
        {others.length > 0 && (
          <nav aria-label={t('compare.otherPairs', { a })} className="mt-1 text-sm">
            {t('compare.otherPairs', { a })}{' '}
            {others.map((pair, i) => (
              <span key={pair.path}>
                {i > 0 && ' · '}
                <a href={`/${locale}${pair.path}`} className="underline">
                  {pair.name[locale]}
                </a>
              </span>
            ))}
          </nav>
        )}
        <div className="mt-4">
          <DiffLegend a={a} b={b} t={t} />
        </div>
        {regional && <CardDifferences comparison={comparison} locale={locale} t={t} />}
        <CompareSummary comparison={comparison} locale={locale} t={t} />
        <section aria-labelledby="compare-clauses-title" className="mt-6">
          <h2 id="compare-clauses-title" className="mb-1 text-lg font-semibold">
            {t('compare.clausesTitle')}
          </h2>
          {comparison.runs.map((run) =>
            run.fold ? (
              <FoldedRun key={run.key} run={run} comparison={comparison} locale={locale} t={t} />
            ) : (
              <ClauseComparison
                key={run.key}
                clause={run.clauses[0]}
                comparison={comparison}
                locale={locale}
                t={t}
              />
            ),
          )}
        </section>
        <p className="mt-6 text-sm" lang={htmlLang(locale)}>
          <a href={`/${locale}`}>{t('site.home')}</a>
        </p>
      </main>
    </>
  );
}
