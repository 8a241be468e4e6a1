import type { TFunction } from 'i18next';
import type { AgreementPage } from '@/lib/page/types';
import { htmlLang } from '@/lib/i18n/config';
import type { Language } from '@/lib/pipeline/types';

/** The sticky row above the clauses: each column's language and whether it is official. */
export function ColumnHeadings({ page, t }: { page: AgreementPage; t: TFunction }) {
  const columns: Language[] = page.languages.length === 1 ? page.languages : ['zh', 'en'];
  return (
    <div className="column-headings clause-cells" aria-hidden="false">
      {columns.map((language) => {
        const status = page.texts[language]?.status;
        return (
          <div
            key={language}
            data-lang={language}
            data-official={status === 'official' ? 'true' : 'false'}
            className="column-heading"
          >
            <span className="column-language" lang={htmlLang(language)}>
              {language === 'zh' ? '中文' : 'English'}
            </span>
            {status ? (
              <span className={`status-badge status-${status}`}>{t(`status.${status}`)}</span>
            ) : (
              <span className="status-badge status-missing">
                {t('status.missing', { language: t(`language.${language}`) })}
              </span>
            )}
            {status === 'reference-translation' && <span className="prevails">{t('status.prevails')}</span>}
          </div>
        );
      })}
    </div>
  );
}
