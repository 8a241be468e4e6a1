import type { Language } from '../pipeline/types';

/**
 * Compiles a rule phrase, written the way a reviewer reads it, into a regular expression.
 *
 *   "shall not be liable"              the words, any spacing; English ignores case
 *   "{shall|will} not be {held |}liable"  one of the alternatives; an empty one makes it optional
 *   "liability … shall not exceed"     "…": a few words between (English: up to 40 characters;
 *                                      Chinese: up to 40 characters, not across a comma)
 *   "you …… bear"                      "……": anything between, within the same sentence
 *
 * English words match whole words only ("clear" does not match "cleared"). Each literal stretch
 * is captured, so that the reason shown to readers is the phrase as the clause words it, with
 * a gap of more than a word or two shown as "…": "In no event shall … be liable", but "delete
 * your data", "将被删除".
 */
export function compilePhrase(phrase: string, language: Language): RegExp {
  const parts = phrase.split(/(……|…)/);
  let source = '';
  for (const part of parts) {
    if (part === '……') source += gaps[language].long;
    else if (part === '…') source += gaps[language].short;
    else if (part.trim() !== '') source += `(${literal(part.trim(), language)})`;
  }
  return new RegExp(source, language === 'en' ? 'gid' : 'gd');
}

const gaps: Record<Language, { short: string; long: string }> = {
  en: { short: '[^.;]{0,40}?', long: '[^.;]{0,400}?' },
  zh: { short: '[^，。；：,;:]{0,40}?', long: '[^。；;]{0,400}?' },
};

function literal(text: string, language: Language): string {
  const body = text
    .split(/(\{[^}]*\})/)
    .map((piece) =>
      piece.startsWith('{')
        ? `(?:${piece
            .slice(1, -1)
            .split('|')
            .map((choice) => escape(choice, language))
            .join('|')})`
        : escape(piece, language),
    )
    .join('');
  return language === 'en' ? `(?<![A-Za-z])${body}(?![A-Za-z])` : body;
}

function escape(text: string, language: Language): string {
  const space = language === 'en' ? '\\s+' : '\\s*';
  return text.replace(/[.*+?^$()[\]\\|/]/g, '\\$&').replace(/ +/g, space);
}

/** The words a match stands for: its captured stretches, joined by "…" where a gap was skipped. */
export function matchedPhrase(match: RegExpExecArray): string {
  const indices = match.indices!;
  let out = '';
  let previousEnd = -1;
  for (let group = 1; group < indices.length; group++) {
    const span = indices[group];
    if (!span) continue;
    if (previousEnd >= 0) {
      const between = match.input.slice(previousEnd, span[0]);
      out += between.trim().length <= 6 ? between : ' … ';
    }
    out += match.input.slice(span[0], span[1]);
    previousEnd = span[1];
  }
  return out.replace(/\s+/g, ' ').trim();
}
