import { cpSync, mkdtempSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from './sources';

const fixture = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'sources');
const use = { source: 'sample.txt', slug: 'sample', language: 'en', file: 'content/agreements/sample/en.md' };

function copy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sources-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}
const problems = (dir: string, uses = [use]) =>
  checkSources(uses, dir).map((e) => `${path.basename(e.file)}:${e.line}: ${e.problem}`);

describe('checkSources: every source in the project, listed with its provenance, unedited', () => {
  it('passes the fixture folder', () => {
    expect(problems(fixture)).toEqual([]);
  });

  it('reports an edited source at its sha256 line', () => {
    const dir = copy();
    appendFileSync(path.join(dir, 'sample.txt'), 'one more line\n');
    expect(problems(dir)).toEqual([expect.stringMatching(/^sources\.yaml:9: sample\.txt no longer has the SHA-256 .*restore the file/)]);
  });

  it('reports an unlisted file, a listed file that is missing, and an official text naming neither', () => {
    const dir = copy();
    writeFileSync(path.join(dir, 'stray.txt'), 'x');
    appendFileSync(
      path.join(dir, 'sources.yaml'),
      'gone.txt:\n  agreement: gone\n  language: zh\n  title: t\n  shape: pdf-text\n  captured-from: x\n  captured: not recorded\n  sha256: ' + '0'.repeat(64) + '\n',
    );
    expect(problems(dir, [use, { ...use, source: 'other.txt' }])).toEqual([
      expect.stringMatching(/^sources\.yaml:11: gone\.txt is listed but not in/),
      expect.stringMatching(/^sources\.yaml:1: stray\.txt is in the sources folder but has no provenance entry/),
      expect.stringMatching(/^en\.md:2: source other\.txt is not listed in/),
    ]);
  });

  it('reports a source listed for another agreement', () => {
    expect(problems(fixture, [{ ...use, slug: 'other' }])).toEqual([
      expect.stringMatching(/en\.md:2: source sample\.txt is listed for sample \(en\) .*not for other \(en\)/),
    ]);
  });
});
