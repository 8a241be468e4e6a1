import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '@/tests/helpers/golden';
import { committedSchemaFiles, exportValidators } from '@/tests/helpers/export-schema';
import { loadLibrary, readAgreement } from '../agreements';
import { loadRegions, readRegions } from '../regions/load-regions';
import { dataFiles, type DataFile } from './data-files';
import { agreementJsonSchema, libraryJsonSchema } from './json-schema';
import { defaultSiteUrl } from './site';
import type { AgreementExport, LibraryExport } from './schema';

// Compiled on first use: with UPDATE=1 the schema test writes the files they are compiled from.
let validators: ReturnType<typeof exportValidators> | undefined;
const validate = {
  agreement: (data: unknown) => (validators ??= exportValidators()).agreement(data),
  library: (data: unknown) => (validators ??= exportValidators()).library(data),
};
const site = 'https://terms.example.org';
const jsonOf = <T>(files: DataFile[], file: string) =>
  JSON.parse(files.find((f) => f.path === file)!.content as string) as T;

describe('the schemas', () => {
  // The contract as reviewed: a change to schema.ts shows here as a diff of the committed files.
  it('committed in lib/export/schemas/ are what schema.ts generates', () => {
    expectGolden(committedSchemaFiles.agreement, agreementJsonSchema(defaultSiteUrl));
    expectGolden(committedSchemaFiles.library, libraryJsonSchema(defaultSiteUrl));
  });
});

describe('the export of the real content', () => {
  // Built while the tests are collected (a few seconds: every region's page model), not in a
  // hook, whose time limit a busy machine can exceed.
  const files: DataFile[] = dataFiles({ agreements: loadLibrary(), loaded: loadRegions(), site });
  const slugs = readdirSync(path.join('content', 'agreements')).sort();

  it('has a JSON file and the Markdown of each language for every agreement on disk', () => {
    const expected = slugs.flatMap((slug) => [
      `/data/agreements/${slug}.json`,
      ...readdirSync(path.join('content', 'agreements', slug))
        .filter((file) => file.endsWith('.md'))
        .map((file) => `/data/agreements/${slug}/${file}`),
    ]);
    expect(files.map((f) => f.path).sort()).toEqual(
      [
        ...expected,
        '/data/agreements.json',
        '/data/agreement.schema.json',
        '/data/agreements.schema.json',
      ].sort(),
    );
  });

  it('validates, file by file, against the committed schemas', () => {
    expect(validate.library(jsonOf(files, '/data/agreements.json'))).toEqual([]);
    for (const slug of slugs)
      expect(validate.agreement(jsonOf(files, `/data/agreements/${slug}.json`)), slug).toEqual([]);
  });

  it('names only clauses it has: every parent, reference, back-reference, definition and addendum item', () => {
    for (const slug of slugs) {
      const data = jsonOf<AgreementExport>(files, `/data/agreements/${slug}.json`);
      const refs = new Set(data.clauses.map((c) => c.ref));
      const named = [
        ...data.clauses.flatMap((c) => [...(c.parent ? [c.parent] : []), ...c.references, ...c.citedBy]),
        ...Object.values(data.definedTerms).flatMap((terms) => terms!.flatMap((t) => t.definedIn)),
        ...data.regions.flatMap((r) =>
          r.changes.flatMap((c) => [...c.items.map((i) => i.item), ...c.replaces]),
        ),
      ];
      expect(
        named.filter((ref) => !refs.has(ref)),
        slug,
      ).toEqual([]);
    }
  });

  it('gives the Markdown exactly as stored, byte for byte', () => {
    for (const file of files.filter((f) => f.path.endsWith('.md'))) {
      const [, slug, name] = /^\/data\/agreements\/([^/]+)\/(\w+\.md)$/.exec(file.path)!;
      expect(
        Buffer.compare(file.content as Buffer, readFileSync(path.join('content', 'agreements', slug, name))),
        file.path,
      ).toBe(0);
    }
  });

  it('lists every agreement in agreements.json with the URLs of its pages and files', () => {
    const library = jsonOf<LibraryExport>(files, '/data/agreements.json');
    expect(library.agreements.map((a) => a.slug)).toEqual(slugs);
    const membership = library.agreements.find((a) => a.slug === 'membership-agreement')!;
    expect(membership).toMatchObject({
      official: 'en',
      languages: ['en', 'zh'],
      titles: { en: 'Alibaba Cloud International Website Membership Agreement' },
      editions: { en: { version: 'October 2019' } },
      scope: 'regions',
      defaultRegion: 'intl',
      urls: {
        pages: {
          en: `${site}/en/agreements/membership-agreement`,
          zh: `${site}/zh/agreements/membership-agreement`,
        },
        data: `${site}/data/agreements/membership-agreement.json`,
        markdown: {
          en: `${site}/data/agreements/membership-agreement/en.md`,
          zh: `${site}/data/agreements/membership-agreement/zh.md`,
        },
      },
    });
    expect(membership.regions.map((r) => [r.key, r.default])).toEqual([
      ['intl', true],
      ['eu', false],
      ['us', false],
      ['in', false],
      ['my', false],
      ['au', false],
    ]);
    expect(membership.regions[1].name).toEqual({ en: 'Europe', zh: '欧洲' });
  });
});

describe('a broken export fails validation', () => {
  const root = path.join('tests', 'fixtures', 'site');
  const files = dataFiles({
    agreements: [readAgreement('sample-membership', path.join(root, 'agreements'))],
    loaded: readRegions(path.join(root, 'regions.yaml')),
    site,
  });
  const good = () => jsonOf<AgreementExport>(files, '/data/agreements/sample-membership.json');
  // [what, the path to change, the value put there (undefined: the key removed), ajv's error]
  const broken: [string, (string | number)[], unknown, string][] = [
    [
      'a clause without its ref',
      ['clauses', 3, 'ref'],
      undefined,
      "/clauses/3 must have required property 'ref'",
    ],
    ['a depth as text', ['clauses', 3, 'depth'], '1', '/clauses/3/depth must be integer'],
    [
      'an unknown tag',
      ['clauses', 13, 'highlights', 0, 'tag'],
      'privacy',
      '/clauses/13/highlights/0/tag must be equal to one of the allowed values',
    ],
    ['a field the contract lacks', ['pages'], [], '/ must NOT have additional properties'],
    ['another schema version', ['schemaVersion'], '2.0.0', '/schemaVersion must be equal to constant'],
    ['a relative URL', ['urls', 'data'], '/data/x.json', '/urls/data must match format "uri"'],
    [
      'a language outside en and zh',
      ['clauses', 0, 'text', 'fr'],
      'x',
      '/clauses/0/text property name must be valid',
    ],
    [
      'a region change without the items that cause it',
      ['regions', 1, 'changes', 0, 'items'],
      [],
      '/regions/1/changes/0/items must NOT have fewer than 1 items',
    ],
  ];
  it('the unbroken file passes', () => {
    expect(validate.agreement(good())).toEqual([]);
  });
  for (const [what, keys, value, message] of broken)
    it(what, () => {
      const data = good();
      const parent = keys
        .slice(0, -1)
        .reduce<Record<string | number, unknown>>(
          (node, key) => node[key] as Record<string | number, unknown>,
          data as unknown as Record<string, unknown>,
        );
      if (value === undefined) delete parent[keys.at(-1)!];
      else parent[keys.at(-1)!] = value;
      const errors = validate.agreement(data);
      expect(
        errors.some((e) => e.startsWith(message)),
        errors.join('\n'),
      ).toBe(true);
    });
});
