import { languages, type Language } from '../pipeline/types';
import { classifyText } from './classify-text';
import { defaultParties, type Parties } from './parties';

/** How to call the reviewers' command line (scripts/classify.ts). */
export const classifyUsage = [
  'usage: npm run --silent classify -- --lang en|zh < draft.txt',
  '  Reads one clause or sentence per line from stdin and writes one JSON line per input line:',
  '  {"tags":["liability"],"why":{"liability":["shall not be liable"]}}',
  '  --lang  the language of the text: en or zh',
  '  --provider NAME  the provider as the draft names it (repeatable; the pronouns always count;',
  '                   without it: Alibaba Cloud / 阿里云), e.g. --provider "Alibaba Europe"',
].join('\n');

/**
 * The parties of a draft: every `--provider NAME` (or `--provider=NAME`) with the pronouns; the
 * default parties (Alibaba Cloud, 阿里云) when none is given.
 */
export function partiesArgument(argv: string[], language: Language): Parties {
  const names = argv.flatMap((arg, i) =>
    arg === '--provider' && argv[i + 1]
      ? [argv[i + 1]]
      : arg.startsWith('--provider=')
        ? [arg.slice(11)]
        : [],
  );
  if (names.length === 0) return defaultParties[language];
  const pronouns = defaultParties[language].provider.filter((name) => !/Alibaba|阿里云/.test(name));
  return { provider: [...pronouns, ...names], customer: defaultParties[language].customer };
}

/** The language of `--lang en` or `--lang=zh`; null when missing or not one of en, zh. */
export function languageArgument(argv: string[]): Language | null {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (at < 0) return null;
  const value = argv[at].includes('=') ? argv[at].slice('--lang='.length) : argv[at + 1];
  return (languages as readonly string[]).includes(value ?? '') ? (value as Language) : null;
}

/**
 * One JSON line per input line, with exactly the rules of the site (classifyText). A final line
 * break ends the last line rather than starting an empty one; an empty input gives no lines.
 */
export function classifyLines(
  input: string,
  language: Language,
  parties: Parties = defaultParties[language],
): string[] {
  if (input === '') return [];
  const lines = input.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => JSON.stringify(classifyText(line, language, parties)));
}
