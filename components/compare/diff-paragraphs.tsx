import type { TFunction } from 'i18next';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { DiffPart } from '@/lib/compare/types';

// Struck through and underlined, not only coloured: the legend names both.
const removed = 'bg-[#ffebe9] line-through decoration-[#a40e26] decoration-2';
const added = 'bg-[#dafbe1] underline decoration-[#1a7f37] decoration-2 underline-offset-2';

/**
 * One side's text in one language: its paragraphs, with what only this side has as <del> (side
 * a) or <ins> (side b). Screen readers are told where each starts and ends, in the interface
 * language, since most announce neither element.
 */
export function DiffParagraphs({
  paragraphs,
  side,
  locale,
  t,
}: {
  paragraphs: DiffPart[][];
  /** The name of the side this text is, for what screen readers hear. */
  side: string;
  locale: Locale;
  t: TFunction;
}) {
  const spoken = (key: string) => (
    <span className="sr-only" lang={htmlLang(locale)}>
      {t(key, { side })}
    </span>
  );
  return paragraphs.map((parts, i) => (
    <p key={i} className="my-1">
      {parts.map((part, j) =>
        part.kind === 'same' ? (
          part.text
        ) : part.kind === 'removed' ? (
          <del key={j} className={removed}>
            {spoken('compare.srRemoved')}
            {part.text}
            {spoken('compare.srEnd')}
          </del>
        ) : (
          <ins key={j} className={added}>
            {spoken('compare.srAdded')}
            {part.text}
            {spoken('compare.srEnd')}
          </ins>
        ),
      )}
    </p>
  ));
}

/** The legend: what struck-through and underlined words mean on this page. */
export function DiffLegend({ a, b, t }: { a: string; b: string; t: TFunction }) {
  return (
    <section
      aria-labelledby="compare-legend-title"
      className="rounded-lg border border-line bg-tint px-3 py-2 text-sm"
    >
      <h2 id="compare-legend-title" className="font-semibold">
        {t('compare.legendTitle')}
      </h2>
      <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-1 p-0">
        <li>
          <del className={removed}>{t('compare.legendSample')}</del> {t('compare.legendRemoved', { side: a })}
        </li>
        <li>
          <ins className={added}>{t('compare.legendSample')}</ins> {t('compare.legendAdded', { side: b })}
        </li>
      </ul>
    </section>
  );
}
