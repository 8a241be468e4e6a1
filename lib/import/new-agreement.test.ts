import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { checkContent } from '../content/check';
import { checkSources, sha256 } from '../content/sources';
import { checkRegions } from '../regions/check-regions';
import { newAgreement } from './new-agreement';

// The scaffold in a scratch project: an empty content/ with a regions file, and a fixture source
// (tests/fixtures/import/duplicates.txt). What it writes must pass every check but the ones a
// person has to answer, and those must name what is left.
const fixtures = path.join(__dirname, '..', '..', 'tests', 'fixtures');
const source = path.join(fixtures, 'import', 'duplicates.txt');

function scratchProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'new-agreement-'));
  mkdirSync(path.join(root, 'content', 'agreements'), { recursive: true });
  mkdirSync(path.join(root, 'content', 'sources'));
  writeFileSync(path.join(root, 'content', 'sources', 'sources.yaml'), '# provenance\n');
  writeFileSync(path.join(root, 'content', 'regions.yaml'), 'regions: {}\nagreements: {}\n');
  return root;
}

function checkAll(root: string) {
  const content = path.join(root, 'content');
  const { errors, agreements } = checkContent(
    path.join(content, 'agreements'),
    path.join(content, 'sources'),
  );
  const used = agreements.map((a) => ({
    slug: a.slug,
    source: a.official.meta.source,
    language: a.official.language,
    file: a.official.file,
  }));
  errors.push(...checkSources(used, path.join(content, 'sources')));
  errors.push(...checkRegions(agreements, path.join(content, 'regions.yaml')));
  return errors.map((e) => `${path.basename(e.file)}:${e.line}: ${e.problem}`);
}

describe('newAgreement', () => {
  it('places the source unchanged, lists it, drafts the content, stubs regions.yaml and says what is left', () => {
    const root = scratchProject();
    const report = newAgreement({ source, slug: 'example-terms', language: 'en', root });
    const placed = readFileSync(path.join(root, 'content', 'sources', 'duplicates.txt'));
    expect(placed.equals(readFileSync(source))).toBe(true);
    expect(readFileSync(path.join(root, 'content', 'sources', 'sources.yaml'), 'utf8')).toContain(
      `sha256: ${sha256(placed)}`,
    );
    expect(readFileSync(path.join(root, 'content', 'regions.yaml'), 'utf8')).toContain(
      'parties:\n  example-terms:\n    party: not-researched\n',
    );
    const agreement = readAgreement('example-terms', path.join(root, 'content', 'agreements'));
    expect(agreement.official.meta.title).toBe('Example Terms');
    expect(report).toContain('source line 15: clause number 1.2 is used twice');
    expect(report).toContain('left to do');
    expect(checkAll(root)).toEqual([
      expect.stringMatching(/^sources\.yaml:\d+: duplicates\.txt\.captured-from is still to be filled in/),
      expect.stringMatching(/^sources\.yaml:\d+: duplicates\.txt\.captured is still to be filled in/),
    ]);
  });

  it('passes every check once the provenance is given', () => {
    const root = scratchProject();
    newAgreement({
      source,
      slug: 'example-terms',
      language: 'en',
      root,
      capturedFrom: 'an invented page',
      captured: 'not recorded',
    });
    expect(checkAll(root)).toEqual([]);
  });

  it('refuses a slug that exists and a source name taken by another file', () => {
    const root = scratchProject();
    newAgreement({ source, slug: 'example-terms', language: 'en', root });
    expect(() => newAgreement({ source, slug: 'example-terms', language: 'en', root })).toThrow(
      /exists already/,
    );
    writeFileSync(path.join(root, 'content', 'sources', 'roman.txt'), 'another text');
    expect(() =>
      newAgreement({
        source: path.join(fixtures, 'import', 'roman.txt'),
        slug: 'roman',
        language: 'en',
        root,
      }),
    ).toThrow(/exists with other content/);
  });
});
