import type { Language } from '../pipeline/types';
import type { Pair } from './check-terms';
import {
  conditionOrCause,
  conjunction,
  markerKinds,
  openList,
  paraphrases,
  type MarkerKind,
} from './marker-lexicon';
import { splitSentences } from './sentences';

type Kind = MarkerKind['id'];

// “本协议”, "Agreement", 《服务等级协议》, （“区域性服务”）: a quoted term or title is a name, and the
// markers inside it ("Non-Disclosure", 不可抗力条款) are not the sentence's.
const quoted = /“[^”]{0,80}”|"[^"]{0,80}"|《[^》]{0,80}》|「[^」]{0,80}」/g;

/** Which kinds of meaning marker a sentence has (marker-lexicon.ts), quoted terms left out. */
export function markersOf(sentence: string, language: Language): Set<Kind> {
  const found = new Set<Kind>();
  const unquoted = sentence.replace(quoted, ' ');
  for (const kind of markerKinds) {
    let text = unquoted;
    for (const word of kind.not?.[language] ?? []) text = text.replace(pattern(word, language), ' ');
    if (kind[language].some((word) => pattern(word, language).test(text))) found.add(kind.id);
  }
  return found;
}

function pattern(word: string, language: Language): RegExp {
  return language === 'zh' ? new RegExp(word, 'g') : new RegExp(`\\b${word}\\b`, 'gi');
}

/** Whether a paraphrase of marker-lexicon.ts explains a kind found on one side only. */
function explained(kind: Kind, zh: string, en: string): boolean {
  return paraphrases.some((p) => p.kind === kind && p.en.test(en) && p.zh.test(zh));
}

/**
 * The findings of one aligned unit: negation, exception and restriction on one side only (unless
 * a paraphrase explains it); "or" on one side only where the other joins with an "and" that
 * cannot be read as "or"; and modality that flips between obligation and permission.
 */
function compareUnit(where: string, zh: string, en: string): string[] {
  const kinds = { zh: markersOf(zh, 'zh'), en: markersOf(en, 'en') };
  const findings: string[] = [];
  for (const kind of ['negation', 'exception', 'restriction', 'or'] as const) {
    const inZh = kinds.zh.has(kind);
    if (inZh === kinds.en.has(kind) || explained(kind, zh, en)) continue;
    if (
      kind === 'or' &&
      (!conjunction[inZh ? 'en' : 'zh'].test(inZh ? en : zh) || (!inZh && openList.test(zh)))
    )
      continue;
    findings.push(`${where}: ${kind} in ${inZh ? 'zh' : 'en'} only`);
  }
  const { condition, cause } = conditionOrCause;
  const even = /\beven if\b/gi;
  if (condition.en.test(en.replace(even, ' ')) && !condition.zh.test(zh) && cause.zh.test(zh))
    findings.push(`${where}: condition in en, cause in zh`);
  if (/如果|若|倘若|一旦/.test(zh) && !condition.en.test(en) && cause.en.test(en))
    findings.push(`${where}: cause in en, condition in zh`);
  const flip = (a: Set<Kind>, b: Set<Kind>) =>
    a.has('obligation') && !a.has('permission') && b.has('permission') && !b.has('obligation');
  if (flip(kinds.zh, kinds.en)) findings.push(`${where}: obligation in zh, permission in en`);
  if (flip(kinds.en, kinds.zh)) findings.push(`${where}: permission in zh, obligation in en`);
  return findings;
}

/**
 * Meaning markers per aligned sentence: when both sides have the same number of sentences,
 * sentence n is compared with sentence n; otherwise the clause as a whole. E.g. "markers s2:
 * negation in en only", "markers: or in zh only", "markers: obligation in zh, permission in en".
 */
export function checkMarkers(pair: Pair): string[] {
  const zh = splitSentences(pair.text.zh, 'zh');
  const en = splitSentences(pair.text.en, 'en');
  const aligned = zh.length === en.length && zh.length > 1;
  const units: [string, string, string][] = aligned
    ? zh.map((s, i) => [`markers s${i + 1}`, s, en[i]])
    : [['markers', pair.text.zh, pair.text.en]];
  return units.flatMap(([where, zhText, enText]) => compareUnit(where, zhText, enText));
}
