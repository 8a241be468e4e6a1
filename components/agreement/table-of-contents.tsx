import type { TFunction } from 'i18next';
import type { Agreement } from '@/lib/agreements';
import type { Locale } from '@/lib/i18n/config';
import { htmlLang } from '@/lib/i18n/config';
import { toString } from 'mdast-util-to-string';

/**
 * Parts and sections, in the interface language where that version exists. A plain list of
 * links; TocSpy marks the section in view.
 */
export function TableOfContents({
  agreement,
  locale,
  t,
  idSuffix,
}: {
  agreement: Agreement;
  locale: Locale;
  t: TFunction;
  /** Tells the folded copy (phones) from the sticky column (wide screens) apart. */
  idSuffix: string;
}) {
  const text = agreement.texts[locale] ?? agreement.official;
  return (
    <nav className="toc" aria-labelledby={`toc-title${idSuffix}`} lang={htmlLang(text.language)}>
      <h2 id={`toc-title${idSuffix}`} lang={htmlLang(locale)}>
        {t('toc.title')}
      </h2>
      <ol>
        {text.parts.map((part) => (
          <li key={part.id}>
            <a href={`#part-${part.id}`} data-toc-target={`part-${part.id}`}>
              {part.title ?? (
                <span lang={htmlLang(locale)}>{t(part.id === 'preamble' ? 'toc.preamble' : 'toc.main')}</span>
              )}
            </a>
            <ol>
              {part.blocks
                .filter((block) => block.kind === 'section')
                .map((block) => (
                  <li key={block.id}>
                    <a href={`#${block.id}`} data-toc-target={block.id}>
                      {toString({ type: 'paragraph', children: block.content })}
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
