import { createCrimeTypeNormalizer, type CrimeTypeEntry, type Normalized } from '../../../ingest/normalize';

/** The 19 crime types of the contract (the reference fixtures hold the real vocabulary). */
const vocab: CrimeTypeEntry[] = [
  { code: 'trafficking-in-persons', label: 'Trafficking in persons', aliases: ['Human trafficking'] },
  { code: 'smuggling-of-migrants', label: 'Smuggling of migrants', aliases: ['People smuggling', 'Migrant smuggling'] },
  { code: 'firearms-trafficking', label: 'Firearms trafficking' },
  { code: 'money-laundering', label: 'Money laundering' },
  { code: 'organized-criminal-group', label: 'Participation in an organized criminal group' },
  { code: 'corruption', label: 'Corruption' },
  { code: 'obstruction-of-justice', label: 'Obstruction of justice' },
  { code: 'drug-offences', label: 'Drug offences', aliases: ['Drug trafficking'] },
  { code: 'cybercrime', label: 'Cybercrime' },
  { code: 'trafficking-in-cultural-property', label: 'Trafficking in cultural property' },
  { code: 'counterfeiting', label: 'Counterfeiting' },
  { code: 'falsified-medical-products', label: 'Falsified medical products' },
  { code: 'crimes-affecting-the-environment', label: 'Crimes that affect the environment' },
  { code: 'maritime-piracy', label: 'Maritime piracy' },
  { code: 'terrorism', label: 'Terrorism' },
  { code: 'kidnapping', label: 'Kidnapping' },
  { code: 'extortion', label: 'Extortion' },
  { code: 'fraud', label: 'Fraud' },
  { code: 'identity-related-crime', label: 'Identity-related crime' },
];
const normalizeCrimeType = createCrimeTypeNormalizer(vocab);

function errorOf(result: Normalized<unknown>): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('createCrimeTypeNormalizer', () => {
  it.each([
    ['money-laundering', 'money-laundering'],
    ['money laundering', 'money-laundering'],
    ['money_laundering', 'money-laundering'],
    ['MONEY_LAUNDERING', 'money-laundering'],
    ['Money Laundering', 'money-laundering'],
    ['  money   laundering ', 'money-laundering'],
    ['Trafficking in persons', 'trafficking-in-persons'],
    ['TRAFFICKING IN PERSONS', 'trafficking-in-persons'],
    ['trafficking  in\u00A0persons', 'trafficking-in-persons'],
    ['trafficking-in-persons', 'trafficking-in-persons'],
    ['Human trafficking', 'trafficking-in-persons'],
    ['HUMAN TRAFFICKING', 'trafficking-in-persons'],
    ['people smuggling', 'smuggling-of-migrants'],
    ['Smuggling of migrants', 'smuggling-of-migrants'],
    ['smuggling_of_migrants', 'smuggling-of-migrants'],
    ['Participation in an organised criminal group', 'organized-criminal-group'],
    ['organised-criminal-group', 'organized-criminal-group'],
    ['Drug offenses', 'drug-offences'],
    ['drug offence', 'drug-offences'],
    ['Identity related crime', 'identity-related-crime'],
    ['crimes affecting the environment', 'crimes-affecting-the-environment'],
    ['Crimes that affect the environment', 'crimes-affecting-the-environment'],
    ['Trafficking of persons', 'trafficking-in-persons'], // loose tier: small words do not matter
  ])('%j → %s', (input, expected) => {
    expect(normalizeCrimeType(input)).toEqual({ ok: true, value: expected });
  });

  it('does not join words: "cyber crime" is not "cybercrime" unless the vocabulary has it as an alias', () => {
    expect(errorOf(normalizeCrimeType('cyber crime'))).toMatch(/Did you mean "cybercrime"\?$/);
  });

  it('rejects an unknown crime type, naming it and listing the codes', () => {
    const error = errorOf(normalizeCrimeType('Jaywalking'));
    expect(error).toMatch(/^"Jaywalking" is not a known crime type: use a crime type code \(trafficking-in-persons, /);
    expect(error).toContain('identity-related-crime) or its English label');
  });

  it('suggests a close label', () => {
    expect(errorOf(normalizeCrimeType('money laudering'))).toMatch(/\. Did you mean "money-laundering"\?$/);
  });

  it('rejects empty input', () => {
    expect(errorOf(normalizeCrimeType('  '))).toMatch(/^The crime type is empty: use a crime type code/);
  });

  it('refuses a vocabulary where two crime types share a label', () => {
    expect(() =>
      createCrimeTypeNormalizer([
        { code: 'fraud', label: 'Fraud' },
        { code: 'economic-fraud', label: 'Economic fraud', aliases: ['fraud'] },
      ]),
    ).toThrow('Crime type vocabulary: "fraud" names both economic-fraud and fraud');
  });

  it('allows an alias that repeats the label of its own entry', () => {
    const normalize = createCrimeTypeNormalizer([{ code: 'fraud', label: 'Fraud', aliases: ['FRAUD', 'fraud'] }]);
    expect(normalize('fraud')).toEqual({ ok: true, value: 'fraud' });
  });

  it('reports a loose match shared by two crime types as ambiguous', () => {
    const normalize = createCrimeTypeNormalizer([
      { code: 'arms', label: 'Arms' },
      { code: 'arm', label: 'Arm' },
    ]);
    expect(normalize('arms')).toEqual({ ok: true, value: 'arms' });
    expect(errorOf(normalize('the arm'))).toBe('"the arm" is ambiguous: it may be arms or arm; use the code');
  });
});
