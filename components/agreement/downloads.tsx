import type { TFunction } from 'i18next';
import { dataPaths } from '@/lib/export/site';
import { htmlLang } from '@/lib/i18n/config';
import type { AgreementPage } from '@/lib/page/types';
import { partTitleClass } from '../ui/part-title';

/**
 * The agreement as files for tools and for keeping: the JSON export (with its schema) and each
 * language version's Markdown as stored, official first. Plain links to /data/ (lib/export).
 */
export function Downloads({ page, t }: { page: AgreementPage; t: TFunction }) {
  const link = 'underline';
  return (
    <section
      aria-labelledby="downloads-title"
      className="mx-auto max-w-[90rem] px-4 pb-12 print:hidden"
      data-testid="downloads"
    >
      <h2 id="downloads-title" className={partTitleClass}>
        {t('downloads.title')}
      </h2>
      <ul className="m-0 flex list-none flex-col gap-1.5 p-0 text-[0.9rem]">
        <li>
          <a href={dataPaths.agreement(page.slug)} type="application/json" className={link}>
            {t('downloads.json')}
          </a>
          <span className="text-muted">
            {' '}
            — {t('downloads.jsonNote')} ·{' '}
            <a href={dataPaths.agreementSchema} type="application/schema+json" className={link}>
              {t('downloads.schema')}
            </a>
          </span>
        </li>
        {page.languages.map((language) => (
          <li key={language}>
            <a
              href={dataPaths.markdown(page.slug, language)}
              type="text/markdown"
              hrefLang={htmlLang(language)}
              className={link}
            >
              {t('downloads.markdown', { language: t(`language.${language}`) })}
            </a>
            <span className="text-muted"> — {t(`status.${page.texts[language]!.status}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
