import { normalizeDate, normalizeYear, type Normalized } from '../../../ingest/normalize';

/** A fixed clock: the accepted range is then 1900–2026. */
const now = new Date('2025-06-15T12:00:00Z');

function errorOf(result: Normalized<unknown>): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('normalizeDate', () => {
  describe('accepted forms', () => {
    it.each([
      // ISO
      ['2014-03-26', '2014-03-26'],
      ['2014-3-6', '2014-03-06'],
      ['20140326', '2014-03-26'],
      ['2014-03-26T10:30:00Z', '2014-03-26'],
      ['2014-03-26T23:30:00-05:00', '2014-03-26'], // the date as written, no time-zone conversion
      ['2014-03-26T00:15:00.000+02:00', '2014-03-26'],
      ['2014-03-26 10:30', '2014-03-26'],
      ['2014-03-26t10:30:00z', '2014-03-26'],
      // year first
      ['2014/03/26', '2014-03-26'],
      ['2014.03.26', '2014-03-26'],
      // numeric, day first
      ['26.03.2014', '2014-03-26'],
      ['26/03/2014', '2014-03-26'],
      ['26-03-2014', '2014-03-26'],
      ['6/3/2014', '2014-03-06'],
      ['03/04/2014', '2014-04-03'], // ambiguous: day first
      ['12.11.2014', '2014-11-12'], // ambiguous: day first
      ['13/12/2014', '2014-12-13'],
      ['31/12/2014', '2014-12-31'],
      // numeric, month first only when day first is impossible
      ['03/26/2014', '2014-03-26'],
      ['12-31-2014', '2014-12-31'],
      ['3.26.2014', '2014-03-26'],
      // English month names
      ['26 March 2014', '2014-03-26'],
      ['26 march 2014', '2014-03-26'],
      ['26 Mar 2014', '2014-03-26'],
      ['26 Mar. 2014', '2014-03-26'],
      ['26-Mar-2014', '2014-03-26'],
      ['26th March 2014', '2014-03-26'],
      ['1st of March, 2014', '2014-03-01'],
      ['2nd June 2014', '2014-06-02'],
      ['March 26, 2014', '2014-03-26'],
      ['March 26 2014', '2014-03-26'],
      ['Mar. 26, 2014', '2014-03-26'],
      ['Mar 26, 2014', '2014-03-26'],
      ['Sept. 3, 2014', '2014-09-03'],
      ['3 September 2014', '2014-09-03'],
      ['Wednesday, 26 March 2014', '2014-03-26'],
      ['Wed 26 March 2014', '2014-03-26'],
      ['  26\u00A0March   2014 ', '2014-03-26'],
      // calendar edges
      ['2016-02-29', '2016-02-29'],
      ['2000-02-29', '2000-02-29'],
      ['1900-01-01', '1900-01-01'],
      ['2026-12-31', '2026-12-31'],
    ])('%j → %s', (input, expected) => {
      expect(normalizeDate(input, { now })).toEqual({ ok: true, value: expected });
    });
  });

  describe('partial dates', () => {
    it.each([
      ['2014', '2014-01-01'],
      ['2014-03', '2014-03-01'],
      ['2014/3', '2014-03-01'],
      ['March 2014', '2014-03-01'],
      ['Mar. 2014', '2014-03-01'],
    ])('%j → %s with allowPartial', (input, expected) => {
      expect(normalizeDate(input, { now, allowPartial: true })).toEqual({ ok: true, value: expected });
    });

    it('rejects them by default: a decision date needs a day', () => {
      expect(errorOf(normalizeDate('2014', { now }))).toBe(
        '"2014" is not a full date: give the day, month and year, e.g. 2014-03-26',
      );
      expect(errorOf(normalizeDate('March 2014', { now }))).toMatch(/^"March 2014" is not a full date/);
    });

    it('still checks the range and the month', () => {
      expect(errorOf(normalizeDate('1850', { now, allowPartial: true }))).toMatch(/outside the accepted range/);
      expect(errorOf(normalizeDate('2014-13', { now, allowPartial: true }))).toMatch(/there is no month 13/);
    });
  });

  describe('rejections', () => {
    it('rejects dates that are not in the calendar', () => {
      expect(errorOf(normalizeDate('2014-02-30', { now }))).toBe(
        '"2014-02-30" is not a calendar date: February 2014 has 28 days',
      );
      expect(errorOf(normalizeDate('2015-02-29', { now }))).toBe(
        '"2015-02-29" is not a calendar date: February 2015 has 28 days',
      );
      expect(errorOf(normalizeDate('1900-02-29', { now }))).toMatch(/February 1900 has 28 days/);
      expect(errorOf(normalizeDate('31/04/2014', { now }))).toBe(
        '"31/04/2014" is not a calendar date: April 2014 has 30 days',
      );
      expect(errorOf(normalizeDate('2014-13-01', { now }))).toBe(
        '"2014-13-01" is not a calendar date: there is no month 13 (months are 1–12)',
      );
      expect(errorOf(normalizeDate('2014-00-10', { now }))).toMatch(/there is no month 0/);
      expect(errorOf(normalizeDate('2014-03-00', { now }))).toMatch(/March 2014 has 31 days/);
      expect(errorOf(normalizeDate('13/13/2014', { now }))).toMatch(/there is no month 13/);
      expect(errorOf(normalizeDate('32 March 2014', { now }))).toMatch(/March 2014 has 31 days/);
    });

    it('rejects years outside 1900 – next year, giving the range', () => {
      expect(errorOf(normalizeDate('1899-12-31', { now }))).toBe(
        '"1899-12-31": the year 1899 is outside the accepted range 1900–2026',
      );
      expect(errorOf(normalizeDate('2027-01-01', { now }))).toBe(
        '"2027-01-01": the year 2027 is outside the accepted range 1900–2026',
      );
      expect(errorOf(normalizeDate('26/03/3014', { now }))).toMatch(
        /the year 3014 is outside the accepted range 1900–2026/,
      );
    });

    it('takes the upper bound from the real clock by default', () => {
      const next = new Date().getUTCFullYear() + 1;
      expect(normalizeDate(`${next}-01-01`)).toEqual({ ok: true, value: `${next}-01-01` });
      expect(errorOf(normalizeDate(`${next + 1}-01-01`))).toContain(`accepted range 1900–${next}`);
    });

    it('rejects two-digit years', () => {
      expect(errorOf(normalizeDate('26/03/14', { now }))).toBe(
        '"26/03/14" has a two-digit year: write the year in full, e.g. 26/03/2014',
      );
      expect(errorOf(normalizeDate('26.03.14', { now }))).toMatch(/two-digit year/);
    });

    it.each([
      'yesterday',
      '26 Marchember 2014',
      '26/03-2014', // mixed separators
      '2014-03-26T',
      '2014-03-26 and 2014-03-27',
      '41724', // a spreadsheet serial number
      'March 26',
      '26 March',
      '2014-W13-3',
    ])('rejects %j, naming it and the accepted forms', (input) => {
      expect(errorOf(normalizeDate(input, { now }))).toBe(
        `${JSON.stringify(input)} is not a date: use YYYY-MM-DD (2014-03-26), DD/MM/YYYY, DD.MM.YYYY or "26 March 2014"`,
      );
    });

    it('rejects empty input', () => {
      expect(errorOf(normalizeDate('  ', { now }))).toBe(
        'The date is empty: use YYYY-MM-DD (2014-03-26), DD/MM/YYYY, DD.MM.YYYY or "26 March 2014"',
      );
    });
  });
});

describe('normalizeYear', () => {
  it.each([
    [2014, 2014],
    ['2014', 2014],
    [' 2014 ', 2014],
    ['2014-03-26', 2014],
    ['26 March 2014', 2014],
    ['March 2014', 2014],
    ['20140326', 2014],
    [1900, 1900],
    [2026, 2026],
  ])('%j → %d', (input, expected) => {
    expect(normalizeYear(input, { now })).toEqual({ ok: true, value: expected });
  });

  it('rejects years outside the range', () => {
    expect(errorOf(normalizeYear(1899, { now }))).toBe('"1899": the year 1899 is outside the accepted range 1900–2026');
    expect(errorOf(normalizeYear('2027', { now }))).toMatch(/outside the accepted range 1900–2026/);
  });

  it('rejects what is not a year', () => {
    expect(errorOf(normalizeYear('14', { now }))).toBe('"14" is not a year: use four digits, e.g. 2014');
    expect(errorOf(normalizeYear('12345', { now }))).toBe('"12345" is not a year: use four digits, e.g. 2014');
    expect(errorOf(normalizeYear(2014.5, { now }))).toBe('2014.5 is not a year: use four digits, e.g. 2014');
    expect(errorOf(normalizeYear('soon', { now }))).toBe('"soon" is not a year: use four digits, e.g. 2014, or a date');
    expect(errorOf(normalizeYear('', { now }))).toBe('The year is empty: use four digits, e.g. 2014');
    expect(errorOf(normalizeYear('2014-02-30', { now }))).toMatch(/February 2014 has 28 days/);
  });
});

describe('normalizeDate minYear', () => {
  it('accepts older years when asked (legislation in force), and still names the range', () => {
    expect(normalizeDate('1871-05-15', { minYear: 1700 })).toEqual({ ok: true, value: '1871-05-15' });
    const old = normalizeDate('1871-05-15');
    expect(old.ok).toBe(false);
    if (!old.ok) expect(old.error).toContain('1900');
  });
});
