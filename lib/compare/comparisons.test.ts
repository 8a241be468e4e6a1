import { describe, expect, it } from 'vitest';
import { publicationPairs, repeatsText } from './comparisons';

// The real agreements: which pairs repeat enough of their text word for word to be compared at
// all (the cheap filter before a full comparison), counted by hand from the two texts.
describe('repeatsText: the filter before a comparison of two publications', () => {
  it('passes the two publications of the general terms, either way round', () => {
    expect(repeatsText('mini-program-cloud-terms', 'maxcompute-terms')).toBe(true);
    expect(repeatsText('maxcompute-terms', 'mini-program-cloud-terms')).toBe(true);
  });

  it('stops agreements that share only headings and boilerplate', () => {
    expect(repeatsText('maxcompute-terms', 'support-plan-terms')).toBe(false);
    expect(repeatsText('membership-agreement', 'mini-program-cloud-terms')).toBe(false);
    expect(repeatsText('mns-terms', 'support-plan-terms')).toBe(false);
  });

  it('leaves the published pairs as they were: only the general terms', () => {
    expect(publicationPairs()).toEqual([['mini-program-cloud-terms', 'maxcompute-terms']]);
  });
});
