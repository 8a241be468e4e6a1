import type { Language } from '../pipeline/types';
import type { Pair } from './check-terms';
import { markerKinds, type MarkerKind } from './marker-lexicon';
import { splitSentences } from './sentences';

/** Which kinds of meaning marker a sentence has (marker-lexicon.ts). */
export function markersOf(sentence: string, language: Language): Set<MarkerKind['id']> {
  const found = new Set<MarkerKind['id']>();
  for (const kind of markerKinds) {
    let text = sentence;
    for (const word of kind.not?.[language] ?? []) text = text.replace(pattern(word, language), ' ');
    if (kind[language].some((word) => pattern(word, language).test(text))) found.add(kind.id);
  }
  return found;
}

/** "删除、更改等", "准确、有效的": a list joined by 、 alone, which may be read as "and" or "or". */
function openList(zh: string): boolean {
  return /、/.test(zh) && !/[和及与]/.test(zh);
}

function pattern(word: string, language: Language): RegExp {
  return language === 'zh' ? new RegExp(word, 'g') : new RegExp(`\\b${word}\\b`, 'gi');
}

/**
 * Meaning markers per aligned sentence: when both sides have the same number of sentences,
 * sentence n is compared with sentence n; otherwise the clause as a whole. A kind of marker on
 * one side only is reported, e.g. "markers s2: negation in en only", "markers: or in zh only".
 */
export function checkMarkers(pair: Pair): string[] {
  const zh = splitSentences(pair.text.zh, 'zh');
  const en = splitSentences(pair.text.en, 'en');
  const aligned = zh.length === en.length && zh.length > 1;
  const units: [string, string, string][] = aligned
    ? zh.map((s, i) => [`markers s${i + 1}`, s, en[i]])
    : [['markers', pair.text.zh, pair.text.en]];
  const findings: string[] = [];
  for (const [where, zhText, enText] of units) {
    const zhKinds = markersOf(zhText, 'zh');
    const enKinds = markersOf(enText, 'en');
    for (const kind of markerKinds) {
      const inZh = zhKinds.has(kind.id);
      // "shall" has no one Chinese word (由您承担, 阿里云将…, or none): obligation counts only
      // where it flips into permission, below.
      if (kind.id === 'obligation' || inZh === enKinds.has(kind.id)) continue;
      if (kind.id === 'or' && openList(zhText)) continue;
      findings.push(`${where}: ${kind.id} in ${inZh ? 'zh' : 'en'} only`);
    }
    const flip = (a: typeof zhKinds, b: typeof enKinds) =>
      a.has('obligation') && !a.has('permission') && b.has('permission') && !b.has('obligation');
    if (flip(zhKinds, enKinds)) findings.push(`${where}: obligation in zh, permission in en`);
    if (flip(enKinds, zhKinds)) findings.push(`${where}: permission in zh, obligation in en`);
  }
  return findings;
}
