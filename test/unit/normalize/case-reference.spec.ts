import { MAX_CASE_REFERENCE_CHARS, normalizeCaseReference } from '../../../ingest/normalize';

describe(normalizeCaseReference.name, () => {
  it.each([
    ['ITA-2014-0314', 'ITA-2014-0314'],
    ['  USA-2014-0314\u00A0', 'USA-2014-0314'],
    ['UNODC/ITA/2014/12', 'UNODC/ITA/2014/12'],
    ['[2014] EWCA Crim 1', '[2014] EWCA Crim 1'],
    ['Cass. pen. n. 12345/2018', 'Cass. pen. n. 12345/2018'],
    ['Bundesgerichtshof 4 StR 79/16', 'Bundesgerichtshof 4 StR 79/16'],
  ])('accepts %j as %j', (input, expected) => {
    expect(normalizeCaseReference(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['   ', 'is empty'],
    ['ITA-1; ITA-2', 'one reference per list item'],
    ['<script>alert(1)</script>', 'is not a case reference'],
    ["ITA-1' OR '1'='1\"", 'is not a case reference'],
    ['-ITA-1', 'is not a case reference'],
    ['x'.repeat(MAX_CASE_REFERENCE_CHARS + 1), 'too long'],
  ])('refuses %j, saying what is accepted', (input, why) => {
    const result = normalizeCaseReference(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(why);
      if (why !== 'one reference per list item') expect(result.error).toContain('e.g. ITA-2014-0314');
    }
  });
});
