import type { TFunction } from 'i18next';
import type { AgreementPage } from '@/lib/page/types';
import { htmlLang } from '@/lib/i18n/config';
import type { Language } from '@/lib/pipeline/types';
import { StatusBadge } from '../ui/status-badge';

/**
 * The row above the clauses, sticky under the toolbar on wide screens: each column's language
 * and, in words, whether it is the official text. Phones stack the two versions and label each
 * cell instead (globals.css, from the page's --label-* variables).
 */
export function ColumnHeadings({
  page,
  columns,
  t,
}: {
  page: AgreementPage;
  columns: Language[];
  t: TFunction;
}) {
  return (
    <div
      className={`column-headings clause-cells sticky top-[var(--toolbar-height)] z-20 hidden grid-cols-1 gap-x-6 gap-y-1 border-b-2 border-line bg-paper py-2 pr-[5rem] md:grid ${
        columns.length > 1 ? 'md:grid-cols-2' : ''
      }`}
    >
      {columns.map((language) => {
        const status = page.texts[language]?.status;
        return (
          <div
            key={language}
            data-lang={language}
            data-official={status === 'official' ? 'true' : 'false'}
            className="column-heading flex flex-wrap items-center gap-x-2 gap-y-1 text-sm"
          >
            <span className="font-bold" lang={htmlLang(language)}>
              {language === 'zh' ? '中文' : 'English'}
            </span>
            {status ? (
              <StatusBadge status={status}>{t(`status.${status}`)}</StatusBadge>
            ) : (
              <StatusBadge status="missing">
                {t('status.missing', { language: t(`language.${language}`) })}
              </StatusBadge>
            )}
            {status === 'reference-translation' && (
              <span className="prevails basis-full text-xs text-muted">{t('status.prevails')}</span>
            )}
          </div>
        );
      })}
    </div>
  );
}
