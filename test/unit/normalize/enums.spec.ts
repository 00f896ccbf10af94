import {
  COOPERATION_TYPES,
  COURT_LEVELS,
  createEnumNormalizer,
  GENDERS,
  LAW_STATUSES,
  type Normalized,
  normalizeBoolean,
  normalizeCooperationType,
  normalizeCourtLevel,
  normalizeGender,
  normalizeLanguage,
  normalizeLawStatus,
  normalizeRatificationKind,
  normalizeRecordStatus,
  normalizeVerdict,
  RATIFICATION_KINDS,
  RECORD_STATUSES,
  VERDICTS,
} from '../../../ingest/normalize';

function errorOf(result: Normalized<unknown>): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('createEnumNormalizer', () => {
  it('accepts the values in any case and separator style', () => {
    const normalize = createEnumNormalizer('colour', ['DARK_RED', 'light-blue'] as const);
    for (const input of ['DARK_RED', 'dark_red', 'dark-red', 'Dark red', ' DARK  RED ']) {
      expect(normalize(input)).toEqual({ ok: true, value: 'DARK_RED' });
    }
    expect(normalize('LIGHT_BLUE')).toEqual({ ok: true, value: 'light-blue' });
  });

  it('names the value and the accepted values in its errors', () => {
    const normalize = createEnumNormalizer('colour', ['red', 'blue'] as const);
    expect(errorOf(normalize('green'))).toBe('"green" is not a colour: use red or blue');
    expect(errorOf(normalize('bleu'))).toBe('"bleu" is not a colour: use red or blue. Did you mean "blue"?');
    expect(errorOf(normalize(''))).toBe('The colour is empty: use red or blue');
  });

  it("refuses an alias that is another value's word", () => {
    expect(() => createEnumNormalizer('colour', ['red', 'blue'] as const, { Red: 'blue' })).toThrow(
      'colour: "Red" names both blue and red',
    );
  });
});

describe('normalizeCourtLevel', () => {
  it.each(COURT_LEVELS.map((v): [string, string] => [v, v]))('%s', (input, expected) => {
    expect(normalizeCourtLevel(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['first_instance', 'FIRST_INSTANCE'],
    ['first-instance', 'FIRST_INSTANCE'],
    ['First instance', 'FIRST_INSTANCE'],
    ['1st instance', 'FIRST_INSTANCE'],
    ['Court of first instance', 'FIRST_INSTANCE'],
    ['trial', 'FIRST_INSTANCE'],
    ['Trial court', 'FIRST_INSTANCE'],
    ['District Court', 'FIRST_INSTANCE'],
    ["Magistrates' Court", 'FIRST_INSTANCE'],
    ['lower court', 'FIRST_INSTANCE'],
    ['appeal', 'APPELLATE'],
    ['Appeals', 'APPELLATE'],
    ['appellate', 'APPELLATE'],
    ['Court of Appeal', 'APPELLATE'],
    ['Court of Appeals', 'APPELLATE'],
    ['appeal court', 'APPELLATE'],
    ['second instance', 'APPELLATE'],
    ['2nd instance', 'APPELLATE'],
    ['Supreme Court', 'SUPREME'],
    ['supreme', 'SUPREME'],
    ['cassation', 'SUPREME'],
    ['Court of Cassation', 'SUPREME'],
    ['court of last instance', 'SUPREME'],
    ['third instance', 'SUPREME'],
    ['Court of Final Appeal', 'SUPREME'],
    ['constitutional', 'OTHER'],
    ['Constitutional Court', 'OTHER'],
    ['military court', 'OTHER'],
    ['other', 'OTHER'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeCourtLevel(input)).toEqual({ ok: true, value: expected });
  });

  it('rejects "high court", which is a trial court in some systems and an appellate one in others', () => {
    expect(errorOf(normalizeCourtLevel('High Court'))).toBe(
      '"High Court" is not a court level: use FIRST_INSTANCE, APPELLATE, SUPREME or OTHER',
    );
  });

  it('rejects unknown words', () => {
    expect(errorOf(normalizeCourtLevel('tribunal'))).toMatch(/^"tribunal" is not a court level: use FIRST_INSTANCE/);
    expect(errorOf(normalizeCourtLevel(''))).toMatch(/^The court level is empty/);
  });
});

describe('normalizeRecordStatus', () => {
  it.each([
    ...RECORD_STATUSES.map((v): [string, string] => [v.toLowerCase(), v]),
    ['Draft', 'DRAFT'],
    ['unpublished', 'DRAFT'],
    ['submitted', 'SUBMITTED'],
    ['under review', 'SUBMITTED'],
    ['Pending review', 'SUBMITTED'],
    ['published', 'PUBLISHED'],
    ['public', 'PUBLISHED'],
    ['rejected', 'REJECTED'],
    ['declined', 'REJECTED'],
    ['archived', 'ARCHIVED'],
    ['withdrawn', 'ARCHIVED'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeRecordStatus(input)).toEqual({ ok: true, value: expected });
  });

  it('rejects others', () => {
    expect(errorOf(normalizeRecordStatus('lost'))).toBe(
      '"lost" is not a record status: use DRAFT, SUBMITTED, PUBLISHED, REJECTED or ARCHIVED',
    );
  });
});

describe('normalizeGender', () => {
  it.each([
    ...GENDERS.map((v): [string, string] => [v.toUpperCase(), v]),
    ['F', 'female'],
    ['f', 'female'],
    ['Female', 'female'],
    ['woman', 'female'],
    ['women', 'female'],
    ['girl', 'female'],
    ['girls', 'female'],
    ['M', 'male'],
    ['Male', 'male'],
    ['man', 'male'],
    ['men', 'male'],
    ['boy', 'male'],
    ['boys', 'male'],
    ['non-binary', 'other'],
    ['X', 'other'],
    ['other', 'other'],
    ['unknown', 'unknown'],
    ['Not known', 'unknown'],
    ['unspecified', 'unknown'],
    ['N/A', 'unknown'],
    ['U', 'unknown'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeGender(input)).toEqual({ ok: true, value: expected });
  });

  it('rejects others', () => {
    expect(errorOf(normalizeGender('Q'))).toBe('"Q" is not a gender: use female, male, other or unknown');
  });
});

describe('normalizeVerdict', () => {
  it.each([
    ...VERDICTS.map((v): [string, string] => [v, v]),
    ['Guilty', 'guilty'],
    ['convicted', 'guilty'],
    ['Conviction', 'guilty'],
    ['found guilty', 'guilty'],
    ['pleaded guilty', 'guilty'],
    ['guilty plea', 'guilty'],
    ['not guilty', 'acquitted'],
    ['NOT GUILTY', 'acquitted'],
    ['Not-guilty', 'acquitted'],
    ['acquittal', 'acquitted'],
    ['Acquitted', 'acquitted'],
    ['charges dismissed', 'dismissed'],
    ['case dismissed', 'dismissed'],
    ['withdrawn', 'dismissed'],
    ['nolle prosequi', 'dismissed'],
    ['ongoing', 'pending'],
    ['awaiting trial', 'pending'],
    ['mistrial', 'other'],
    ['hung jury', 'other'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeVerdict(input)).toEqual({ ok: true, value: expected });
  });

  it('rejects others', () => {
    expect(errorOf(normalizeVerdict('maybe'))).toBe(
      '"maybe" is not a verdict: use guilty, acquitted, dismissed, pending or other',
    );
  });
});

describe('normalizeCooperationType', () => {
  it.each([
    ...COOPERATION_TYPES.map((v): [string, string] => [v, v]),
    ['Extradition', 'extradition'],
    ['extradited', 'extradition'],
    ['surrender', 'extradition'],
    ['European Arrest Warrant', 'extradition'],
    ['EAW', 'extradition'],
    ['MLA', 'mutual-legal-assistance'],
    ['mla', 'mutual-legal-assistance'],
    ['Mutual legal assistance', 'mutual-legal-assistance'],
    ['mutual_legal_assistance', 'mutual-legal-assistance'],
    ['MLAT', 'mutual-legal-assistance'],
    ['letters rogatory', 'mutual-legal-assistance'],
    ['European Investigation Order', 'mutual-legal-assistance'],
    ['JIT', 'joint-investigation'],
    ['JITs', 'joint-investigation'],
    ['Joint investigation team', 'joint-investigation'],
    ['joint investigation teams', 'joint-investigation'],
    ['joint investigations', 'joint-investigation'],
    ['transfer of criminal proceedings', 'transfer-of-proceedings'],
    ['Transfer of proceedings', 'transfer-of-proceedings'],
    ['transfer of prisoners', 'transfer-of-sentenced-persons'],
    ['prisoner transfer', 'transfer-of-sentenced-persons'],
    ['Transfer of sentenced persons', 'transfer-of-sentenced-persons'],
    ['asset recovery', 'confiscation'],
    ['forfeiture', 'confiscation'],
    ['Confiscation', 'confiscation'],
    ['police cooperation', 'law-enforcement-cooperation'],
    ['Law enforcement cooperation', 'law-enforcement-cooperation'],
    ['INTERPOL', 'law-enforcement-cooperation'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeCooperationType(input)).toEqual({ ok: true, value: expected });
  });

  it('rejects others, listing the forms', () => {
    expect(errorOf(normalizeCooperationType('telepathy'))).toBe(
      '"telepathy" is not a form of cooperation: use extradition, mutual-legal-assistance, joint-investigation, ' +
        'transfer-of-proceedings, transfer-of-sentenced-persons, confiscation or law-enforcement-cooperation',
    );
  });
});

describe('normalizeLawStatus', () => {
  it.each([
    ...LAW_STATUSES.map((v): [string, string] => [v, v]),
    ['in force', 'in-force'],
    ['IN_FORCE', 'in-force'],
    ['current', 'in-force'],
    ['enacted', 'in-force'],
    ['Amended', 'amended'],
    ['as amended', 'amended'],
    ['repealed', 'repealed'],
    ['abrogated', 'repealed'],
    ['no longer in force', 'repealed'],
    ['bill', 'draft'],
    ['Draft law', 'draft'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeLawStatus(input)).toEqual({ ok: true, value: expected });
  });

  it('rejects others', () => {
    expect(errorOf(normalizeLawStatus('forgotten'))).toBe(
      '"forgotten" is not a law status: use in-force, amended, repealed or draft',
    );
  });
});

describe('normalizeLanguage', () => {
  it.each([
    ['en', 'en'],
    ['EN', 'en'],
    ['fr', 'fr'],
    ['en-GB', 'en'],
    ['en_US', 'en'],
    ['pt-BR', 'pt'],
    ['zh-Hant', 'zh'],
    ['sr-Latn-RS', 'sr'],
    ['iw', 'he'],
    ['in', 'id'],
    ['eng', 'en'],
    ['fra', 'fr'],
    ['fre', 'fr'],
    ['spa', 'es'],
    ['deu', 'de'],
    ['ger', 'de'],
    ['por', 'pt'],
    ['English', 'en'],
    ['english', 'en'],
    ['French', 'fr'],
    ['Français', 'fr'],
    ['Francais', 'fr'],
    ['Spanish', 'es'],
    ['Español', 'es'],
    ['Castilian', 'es'],
    ['Russian', 'ru'],
    ['Русский', 'ru'],
    ['Arabic', 'ar'],
    ['العربية', 'ar'],
    ['Chinese', 'zh'],
    ['Chinese (Simplified)', 'zh'],
    ['Mandarin', 'zh'],
    ['中文', 'zh'],
    ['English (United Kingdom)', 'en'],
    ['Portuguese', 'pt'],
    ['German', 'de'],
    ['Italian', 'it'],
    ['Dutch', 'nl'],
    ['Farsi', 'fa'],
    ['Persian', 'fa'],
    ['Swahili', 'sw'],
    ['Tagalog', 'tl'],
    ['Indonesian', 'id'],
    ['Bahasa Indonesia', 'id'],
    ['Lao', 'lo'],
    ['Welsh', 'cy'], // through the runtime's ICU names
    ['Zulu', 'zu'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeLanguage(input)).toEqual({ ok: true, value: expected });
  });

  it('rejects what is not a language, naming it', () => {
    expect(errorOf(normalizeLanguage('xx'))).toBe(
      '"xx" is not a known language: use an ISO 639-1 code (en, fr, es, ar, ru, zh) or an English name (French)',
    );
    expect(errorOf(normalizeLanguage('Klingon'))).toMatch(/^"Klingon" is not a known language/);
    expect(errorOf(normalizeLanguage('Englsh'))).toMatch(/Did you mean "English"\?$/);
    expect(errorOf(normalizeLanguage('fil'))).toMatch(/^"fil" is not a known language/); // no ISO 639-1 code
    expect(errorOf(normalizeLanguage(''))).toMatch(/^The language is empty/);
  });
});

describe('normalizeBoolean', () => {
  it.each([
    ['yes', true],
    ['Yes', true],
    ['YES', true],
    ['y', true],
    ['true', true],
    ['TRUE', true],
    ['t', true],
    ['1', true],
    ['on', true],
    ['oui', true],
    ['sí', true],
    ['si', true],
    ['ja', true],
    ['no', false],
    ['No.', false],
    ['n', false],
    ['false', false],
    ['F', false],
    ['0', false],
    ['off', false],
    ['non', false],
    ['nein', false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBoolean(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['x', 'maybe', '2', 'yes/no'])('rejects %j', (input) => {
    expect(errorOf(normalizeBoolean(input))).toBe(
      `${JSON.stringify(input)} is not yes or no: use yes or no (also true/false, 1/0)`,
    );
  });

  it('rejects other numbers and empty input', () => {
    expect(errorOf(normalizeBoolean(2))).toBe('2 is not yes or no: use yes or no (also true/false, 1/0)');
    expect(errorOf(normalizeBoolean(' '))).toBe('The yes/no value is empty: use yes or no (also true/false, 1/0)');
  });
});

describe('normalizeRatificationKind', () => {
  it.each(RATIFICATION_KINDS)('accepts its value %s', (kind) => {
    expect(normalizeRatificationKind(kind.toLowerCase().replace('_', ' '))).toEqual({ ok: true, value: kind });
  });

  it.each([
    ['Ratification', 'RATIFICATION'],
    ['Accession', 'ACCESSION'],
    ['acceded', 'ACCESSION'],
    ['approved', 'APPROVAL'],
    ['formal-confirmation', 'FORMAL_CONFIRMATION'],
  ])('%s → %s', (input, kind) => {
    expect(normalizeRatificationKind(input)).toEqual({ ok: true, value: kind });
  });

  it('rejects anything else, listing the kinds', () => {
    expect(errorOf(normalizeRatificationKind('signature'))).toMatch(/is not a kind of participation: use RATIFICATION, ACCESSION/);
  });
});
