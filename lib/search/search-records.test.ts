import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { getT } from '../i18n/server';
import { buildAgreementPage } from '../page/agreement-page';
import { readRegions } from '../regions/load-regions';
import { writeSearchIndex } from './search-index';
import { agreementRecords, plainText, rowLabel, type SearchRecord } from './search-records';

// The fixture site's agreements (tests/fixtures/site), the same ones `npm run build:fixtures`
// builds; every expectation below is read off its Markdown and regions.yaml by hand.
const root = path.join('tests', 'fixtures', 'site');
const regions = readRegions(path.join(root, 'regions.yaml'));
function recordsOf(slug: string): SearchRecord[] {
  const agreement = readAgreement(slug, path.join(root, 'agreements'));
  const page = buildAgreementPage(agreement, regions)!;
  return agreementRecords(page, (region) => buildAgreementPage(agreement, regions, region), {
    label: rowLabel(getT),
  });
}
const membership = recordsOf('sample-membership');
const find = (url: string, language: string) =>
  membership.find((r) => r.url === url && r.language === language);

describe('search records', () => {
  it('one per clause and language: every row of the default view, then the clauses only a region has', () => {
    const main = [
      'preamble.1',
      '1',
      '1.1',
      '2',
      '2.1',
      '2.1.a',
      '2.1.b',
      '3',
      '3.p1',
      '3.a',
      '3.b',
      '3.p2',
      '4',
      '4.1',
      '4.1.a',
      '4.1.b',
      '4.2',
      '5',
      '5.1',
      '5.2',
      '5.3',
      'gdpr-addendum.1',
      'eu-addendum.1',
      'eu-addendum.2',
      'eu-addendum.3',
      'eu-addendum.4',
      'eu-addendum.5',
      'eu-addendum.6',
      'au-addendum.1',
      'au-addendum.2',
      'au-addendum.3',
      'au-addendum.4.3',
      'au-addendum.4.4',
      'au-addendum.4',
      'au-addendum.5',
    ].map((id) => `/agreements/sample-membership#clause-${id}`);
    // Europe Addendum 3 adds 2.1(c); Australia Addendum 3 adds 4.3 and 4.4.
    const regionOnly = [
      '/agreements/sample-membership/eu#clause-2.1.c',
      '/agreements/sample-membership/au#clause-4.3',
      '/agreements/sample-membership/au#clause-4.4',
    ];
    for (const language of ['en', 'zh'] as const)
      expect(membership.filter((r) => r.language === language).map((r) => r.url)).toEqual([
        ...main,
        ...regionOnly,
      ]);
  });

  it('a clause: its plain text, its label in its own language, the filters', () => {
    expect(find('/agreements/sample-membership#clause-4.2', 'en')).toEqual({
      url: '/agreements/sample-membership#clause-4.2',
      language: 'en',
      content: '4.2 The aggregate liability of Sample Cloud is limited to USD100.',
      meta: { clause: 'clause 4.2' },
      filters: { agreement: ['sample-membership'], language: ['en'], highlight: ['liability'] },
    });
    expect(find('/agreements/sample-membership#clause-4.2', 'zh')).toEqual({
      url: '/agreements/sample-membership#clause-4.2',
      language: 'zh',
      content: '4.2 Sample Cloud的累计责任以100美元为限。',
      meta: { clause: '第4.2条' },
      filters: { agreement: ['sample-membership'], language: ['zh'], highlight: ['liability'] },
    });
  });

  it('text without its markup: bold and defined-term links are words', () => {
    expect(find('/agreements/sample-membership#clause-4.1', 'en')!.content).toBe(
      '4.1 Sample Cloud shall not be liable for any indirect damages.',
    );
    expect(find('/agreements/sample-membership#clause-4.1', 'zh')!.content).toBe(
      '4.1 Sample Cloud不对任何间接损害承担责任。',
    );
  });

  it('a clause outside the main part is named with its part, a lettered item with its number', () => {
    expect(find('/agreements/sample-membership#clause-eu-addendum.3', 'en')!.meta.clause).toBe(
      'Europe Addendum, clause 3',
    );
    expect(find('/agreements/sample-membership#clause-eu-addendum.3', 'zh')!.meta.clause).toBe(
      '欧洲附录第3条',
    );
    expect(find('/agreements/sample-membership#clause-2.1.a', 'en')!.meta.clause).toBe('clause 2.1(a)');
    expect(find('/agreements/sample-membership#clause-3.p2', 'zh')!.meta.clause).toBe('第3条第2段');
  });

  it('a clause only a region has: its text there, linked to that region', () => {
    expect(find('/agreements/sample-membership/eu#clause-2.1.c', 'en')!.content).toBe(
      '(c) You will use the services only for business purposes.',
    );
    expect(find('/agreements/sample-membership/au#clause-4.3', 'zh')).toMatchObject({
      content: '4.3 消费者保证的责任。在遵守第4.4条的前提下，责任限于再次提供服务。',
      meta: { clause: '第4.3条' },
      filters: { highlight: ['liability'] },
    });
  });

  it('the highlight filter carries the categories of the row: none on a notice clause', () => {
    expect(find('/agreements/sample-membership#clause-5.1', 'en')!.filters.highlight).toEqual([]);
    expect(find('/agreements/sample-membership#clause-3.p1', 'zh')!.filters.highlight).toEqual(['liability']);
  });

  it('an agreement in one language has records in that language only, and no region pages', () => {
    expect(recordsOf('one-party').map((r) => [r.language, r.url, r.meta.clause])).toEqual([
      ['en', '/agreements/one-party#clause-preamble.1', 'paragraph 1'],
      ['en', '/agreements/one-party#clause-1', 'clause 1'],
      ['en', '/agreements/one-party#clause-1.1', 'clause 1.1'],
    ]);
  });

  it('plainText reads clause HTML back to its characters', () => {
    expect(
      plainText(
        '<a href="#clause-1" class="reference-clause">Clause 1</a> &amp; &lt;b&gt;<br/>&quot;x&quot; &#x27;y&#x27;',
      ),
    ).toBe(`Clause 1 & <b> "x" 'y'`);
  });
});

describe('writeSearchIndex', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes one Pagefind bundle per language with its records, without Pagefind’s own interface', async () => {
    const counts = await writeSearchIndex(membership, out);
    expect(counts).toEqual({ en: 38, zh: 38 });
    for (const language of ['en', 'zh']) {
      const entry = JSON.parse(readFileSync(path.join(out, language, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.keys(entry.languages)).toEqual([language]);
      expect(entry.languages[language]!.page_count).toBe(38);
      expect(existsSync(path.join(out, language, 'pagefind.js'))).toBe(true);
      expect(readdirSync(path.join(out, language)).filter((f) => /ui|highlight/.test(f))).toEqual([]);
    }
  });
});
