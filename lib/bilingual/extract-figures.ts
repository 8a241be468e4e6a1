import type { Language } from '../pipeline/types';
import { entityRules } from './entities';
import { maskNotFigures, stripLabel } from './mask';
import { toHalfWidth } from './numerals';
import { quantityRules } from './quantity-rules';
import { referenceRules } from './reference-rules';
import { rewriteNotations } from './rewrite-notations';
import { applyRules } from './rules';
import type { Figure } from './types';

/**
 * The figures one language version of a clause states, from its plain text
 * ("3.1.2 如果您在欠费后24小时内…" → 24 hours). The stages, in order, and why:
 *  1. the clause's own label goes ("3.1.2", "(b)"): it numbers the clause, it is no figure;
 *  2. full-width forms become ASCII ("１５" → "15", "（" → "("), so one set of patterns serves;
 *  3. entity names are read first: "Alibaba.com (Europe) Limited" would look like a web address;
 *  4. dates, addresses, version and company numbers are blanked out;
 *  5. "one (1) year" and the multiplications ("360（15 X24）个小时") are rewritten to one number;
 *  6. clause references, then rates, amounts, service hours and periods are read, each rule
 *     blanking what it read so that no number is read twice.
 */
export function extractFigures(text: string, language: Language, label?: string | null): Figure[] {
  const halfWidth = toHalfWidth(stripLabel(text, label));
  const named = applyRules(halfWidth, language, entityRules);
  const rewritten = rewriteNotations(maskNotFigures(named.rest));
  const read = applyRules(rewritten, language, [...referenceRules, ...quantityRules]);
  return [...named.figures, ...read.figures];
}
