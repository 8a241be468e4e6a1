import { describe, expect, it } from 'vitest';
import { editionDates, parsePrintedDate } from './printed-date';

describe('parsePrintedDate', () => {
  it.each([
    ['20200402', '2020-04-02'],
    ['2018-03-16', '2018-03-16'],
    ['March 16, 2018', '2018-03-16'],
    ['Nov 25, 2016', '2016-11-25'],
    ['Oct 16, 2019', '2019-10-16'],
    ['Sept. 3, 2021', '2021-09-03'],
    ['16 March 2018', '2018-03-16'],
    ['October 2019', '2019-10'],
    ['2018年3月16日', '2018-03-16'],
    ['2019年10月16日', '2019-10-16'],
    ['2019年10月', '2019-10'],
    ['2016', '2016'],
  ])('reads %s as %s', (printed, iso) => expect(parsePrintedDate(printed)).toBe(iso));

  it.each(['v2.1', '20200231', '2019年13月', 'Smarch 3, 2020', 'Mayday 2019', ''])('reads %j as no date', (printed) =>
    expect(parsePrintedDate(printed)).toBeNull(),
  );
});

describe('editionDates', () => {
  it('gives version, effective and updated in that order, each as printed and as a date', () => {
    expect(editionDates({ updated: 'Oct 16, 2019', version: 'October 2019' })).toEqual([
      { kind: 'version', printed: 'October 2019', date: '2019-10' },
      { kind: 'updated', printed: 'Oct 16, 2019', date: '2019-10-16' },
    ]);
    expect(editionDates({ version: 'v2.1', effective: '2018年3月16日' })).toEqual([
      { kind: 'version', printed: 'v2.1', date: null },
      { kind: 'effective', printed: '2018年3月16日', date: '2018-03-16' },
    ]);
  });
});
