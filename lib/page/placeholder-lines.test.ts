import { describe, expect, it } from 'vitest';
import { ladderStep } from './placeholder-lines';

describe('ladderStep: placeholder heights on a short ladder', () => {
  it('keeps 1–8 and rounds larger counts up to the next step', () => {
    expect([1, 8, 9, 11, 13, 17, 21, 33, 41, 65, 129].map(ladderStep)).toEqual([
      1, 8, 10, 12, 14, 20, 24, 40, 48, 80, 160,
    ]);
  });

  it('never under-estimates, and over-estimates by at most a quarter', () => {
    for (let lines = 1; lines <= 2000; lines++) {
      const step = ladderStep(lines);
      expect(step).toBeGreaterThanOrEqual(lines);
      expect(step).toBeLessThanOrEqual(Math.ceil(lines * 1.25));
    }
  });
});
