import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from './check';

const fixtures = path.join(__dirname, '..', '..', 'tests', 'fixtures');
const seeds = path.join(fixtures, 'seeds');

describe('checkContent on fixture agreements', () => {
  it('passes an aligned, faithful pair', () => {
    const { errors, agreements } = checkContent(path.join(fixtures, 'agreements'), seeds);
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(agreements[0].rows.map((r) => r.id)).toEqual(['clause-preamble.1', 'clause-1', 'clause-1.1', 'clause-1.2']);
  });

  it('reports a clause present in one language only, with file and line, both ways', () => {
    const { errors } = checkContent(path.join(fixtures, 'agreements-mismatch'), seeds);
    const messages = errors.map((e) => e.message);
    expect(messages).toContainEqual(expect.stringMatching(/sample\/en\.md:28: clause-1\.2 has no counterpart in .*zh\.md/));
    expect(messages).toContainEqual(expect.stringMatching(/sample\/zh\.md:18: clause-1\.3 has no counterpart in .*en\.md/));
  });
});
