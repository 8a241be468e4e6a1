import Head from 'next/head';
import { getT } from '@/lib/i18n/server';
import type { EmbedClauseProps } from '@/lib/embed/route-props';
import { EmbedClauseView, embedClauseLabel } from './embed-clause-view';

/** The clause embed as a document: its title, the clause, and the script that reports its height. */
export function EmbedClauseDocument({ locale, clause, script }: EmbedClauseProps) {
  const t = getT(locale);
  const title = (clause.texts[locale] ?? clause.texts[clause.official]!).title;
  return (
    <>
      <Head>
        <title>{t('embed.title', { clause: embedClauseLabel(clause, locale, t), title })}</title>
        {/* The agreement page is the one to find; this is its fragment for a console. */}
        <meta name="robots" content="noindex" />
      </Head>
      <main id="main">
        <EmbedClauseView clause={clause} locale={locale} t={t} />
      </main>
      <script src={script} defer />
    </>
  );
}
