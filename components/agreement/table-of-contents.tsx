import type { TFunction } from 'i18next';
import type { Locale } from '@/lib/i18n/config';
import { htmlLang } from '@/lib/i18n/config';
import type { PageText } from '@/lib/page/types';

/**
 * Parts and sections, in the interface language where that version exists. A plain list of
 * links; TocSpy marks the section in view.
 */
export function TableOfContents({
  text,
  locale,
  t,
  idSuffix,
}: {
  /** The version in the interface language where it exists, else the official one. */
  text: PageText;
  locale: Locale;
  t: TFunction;
  /** Tells the folded copy (phones) from the sticky column (wide screens) apart. */
  idSuffix: string;
}) {
  return (
    <nav className="toc" aria-labelledby={`toc-title${idSuffix}`} lang={htmlLang(text.language)}>
      <h2 id={`toc-title${idSuffix}`} lang={htmlLang(locale)}>
        {t('toc.title')}
      </h2>
      <ol>
        {text.contents.map((part) => (
          <li key={part.id}>
            <a href={`#part-${part.id}`} data-toc-target={`part-${part.id}`}>
              {part.title ?? (
                <span lang={htmlLang(locale)}>{t(part.id === 'preamble' ? 'toc.preamble' : 'toc.main')}</span>
              )}
            </a>
            <ol>
              {part.sections.map((section) => (
                <li key={section.id}>
                  <a href={`#${section.id}`} data-toc-target={section.id}>
                    {section.text}
                  </a>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
