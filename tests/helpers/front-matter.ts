import type { Language } from '../../lib/pipeline/types';

/** The smallest valid front matter for a one-part test agreement, ending with the blank body line. */
export function minimalFrontMatter({
  language,
  title = `Test ${language}`,
  status = 'official',
  prevails = language,
}: {
  language: Language;
  title?: string;
  status?: 'official' | 'reference-translation';
  prevails?: Language;
}): string {
  return [
    '---',
    `title: ${title}`,
    `language: ${language}`,
    `status: ${status}`,
    `prevails: ${prevails}`,
    'source: 000_0000000000000000.txt',
    'updated: Nov 25, 2016',
    'parts:',
    '  - id: main',
    '---',
    '',
  ].join('\n');
}
