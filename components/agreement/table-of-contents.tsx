import type { TFunction } from 'i18next';
import type { Locale } from '@/lib/i18n/config';
import { htmlLang } from '@/lib/i18n/config';
import type { PageText } from '@/lib/page/types';

/**
 * Parts and sections, in the interface language where that version exists, then the sections
 * after the text (highlighted clauses, timelines, glossary, review, notes). One list: a sticky
 * column on wide screens, a popover the toolbar's Contents button opens on phones (native
 * `popover`, no script). TocSpy marks the section in view.
 */
export function TableOfContents({
  text,
  locale,
  t,
  extra,
}: {
  /** The version in the interface language where it exists, else the official one. */
  text: PageText;
  locale: Locale;
  t: TFunction;
  extra: { id: string; label: string }[];
}) {
  // The part and section in view (aria-current, set by islands/toc-spy.ts) in the accent colour.
  const link =
    'block border-l-2 border-transparent px-1 py-0.5 text-ink no-underline hover:text-accent aria-[current]:border-accent aria-[current]:font-semibold aria-[current]:text-accent';
  return (
    <nav
      id="toc"
      popover="auto"
      className="toc fixed inset-x-0 top-auto bottom-0 m-0 max-h-[75dvh] w-full max-w-none overflow-auto rounded-t-xl border border-line bg-paper p-4 text-sm text-ink shadow-2xl lg:sticky lg:top-[calc(var(--toolbar-height)+0.5rem)] lg:block lg:max-h-[calc(100dvh-var(--toolbar-height)-1rem)] lg:self-start lg:rounded-none lg:border-0 lg:p-0 lg:shadow-none print:hidden"
      aria-labelledby="toc-title"
      lang={htmlLang(text.language)}
    >
      <h2 id="toc-title" lang={htmlLang(locale)} className="mb-1 text-sm font-semibold">
        {t('toc.title')}
      </h2>
      <ol className="m-0 list-none p-0">
        {text.contents.map((part) => (
          <li key={part.id}>
            <a href={`#part-${part.id}`} data-toc-target={`part-${part.id}`} className={link}>
              {part.title ?? (
                <span lang={htmlLang(locale)}>{t(part.id === 'preamble' ? 'toc.preamble' : 'toc.main')}</span>
              )}
            </a>
            <ol className="m-0 list-none pl-3">
              {part.sections.map((section) => (
                <li key={section.id}>
                  <a href={`#${section.id}`} data-toc-target={section.id} className={link}>
                    {section.text}
                  </a>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {extra.length > 0 && (
        <ol className="m-0 mt-2 list-none border-t border-line p-0 pt-2" lang={htmlLang(locale)}>
          {extra.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`} data-toc-target={entry.id} className={link}>
                {entry.label}
              </a>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
