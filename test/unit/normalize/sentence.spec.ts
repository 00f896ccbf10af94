import { classifySentence, durationMonths, prisonTermInText } from '../../../ingest/normalize';

describe('classifySentence', () => {
  it.each([
    ['Imprisonment for 3 years', 'CUSTODIAL', 36],
    ['Imprisonment for 3 years and 6 months', 'CUSTODIAL', 42],
    ['3 years and 6 months of imprisonment and a fine of EUR 3,000', 'CUSTODIAL', 42],
    ["Six years' imprisonment", 'CUSTODIAL', 72],
    ['18 months in prison; expulsion from the territory for 7 years', 'CUSTODIAL', 18],
    ['Imprisonment for 1 year and a fine of USD 5,000', 'CUSTODIAL', 12],
    ['Two and a half years of imprisonment', 'CUSTODIAL', 30],
    ['Sentenced to 5 years', 'CUSTODIAL', 60],
    ['90 days in jail', 'CUSTODIAL', 3],
    ['5 years of imprisonment, of which 2 suspended', 'CUSTODIAL', 60],
    ['18 months of imprisonment, suspended for 3 years', 'SUSPENDED', 18],
    ['Suspended sentence', 'SUSPENDED', null],
    ['Life imprisonment', 'LIFE', null],
    ['Imprisonment for life and confiscation of assets', 'LIFE', null],
    ['Sentenced to death', 'DEATH', null],
    ['Fine of EUR 50,000 and confiscation of the proceeds of the offence', 'NON_CUSTODIAL', null],
    ['Community service of 200 hours', 'NON_CUSTODIAL', null],
    ['Sentence not reported', null, null],
  ])('%s → %s, %s months', (text, kind, months) => {
    expect(classifySentence(text, null)).toEqual({ kind, prisonMonths: months });
  });

  it('takes prisonMonths as given over the text, and reads 0 months as no prison term', () => {
    expect(classifySentence('Imprisonment for 3 years', 30)).toEqual({ kind: 'CUSTODIAL', prisonMonths: 30 });
    expect(classifySentence(null, 24)).toEqual({ kind: 'CUSTODIAL', prisonMonths: 24 });
    expect(classifySentence(null, 0)).toEqual({ kind: 'NON_CUSTODIAL', prisonMonths: 0 });
    expect(classifySentence(null, null)).toEqual({ kind: null, prisonMonths: null });
    expect(classifySentence('2 years of imprisonment, suspended for 4 years', 24)).toEqual({ kind: 'SUSPENDED', prisonMonths: 24 });
  });

  it('never reads a probation period or a ban as a prison term', () => {
    expect(prisonTermInText('Fine of EUR 5,000; suspended for 3 years')).toBeNull();
    expect(prisonTermInText('Expulsion from the territory for 7 years')).toBeNull();
  });

  it('adds the parts of a duration', () => {
    expect(durationMonths('2 years, 3 months')).toBe(27);
    expect(durationMonths('one year and a half years')).toBe(18);
    expect(durationMonths('no duration')).toBeNull();
  });
});
