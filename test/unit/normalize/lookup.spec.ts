import { closest, didYouMean, editDistance, LookupTable, lookupKey, looseKey } from '../../../ingest/normalize';

describe('lookupKey', () => {
  it.each([
    ['Organised Crime Convention', 'organized crime convention'],
    ['organisation', 'organization'],
    ['Criminalisation', 'criminalization'],
    ['Drug offenses', 'drug offences'],
    ['Forced labor', 'forced labour'],
    ['harboring', 'harbouring'],
    ['Judgement', 'judgment'],
    ['Money_Laundering', 'money laundering'],
  ])('%j → %j', (input, expected) => {
    expect(lookupKey(input)).toBe(expected);
  });
});

describe('looseKey', () => {
  it.each([
    ['Trafficking in persons', 'trafficking person'],
    ['Trafficking of the persons', 'trafficking person'],
    ['Joint investigation teams', 'joint investigation team'],
    ['Drug offences', 'drug offence'],
    ['process', 'process'],
    ['status', 'status'],
    ['crisis', 'crisis'],
    ['arms', 'arm'],
    ['bus', 'bus'],
  ])('%j → %j', (input, expected) => {
    expect(looseKey(input)).toBe(expected);
  });
});

describe('LookupTable', () => {
  const table = new LookupTable<string>((v) => v);
  table.add('Trafficking in persons', 'tip');
  table.add('Human trafficking', 'tip');
  table.add('Smuggling of migrants', 'som');
  table.add('Arms', 'arms');
  table.add('Arm', 'arm');

  it('finds on the exact key, then on the loose key', () => {
    expect(table.lookup('TRAFFICKING IN PERSONS')).toEqual({ kind: 'found', value: 'tip' });
    expect(table.lookup('trafficking of persons')).toEqual({ kind: 'found', value: 'tip' });
    expect(table.lookup('migrant smuggling')).toEqual({ kind: 'missing' });
  });

  it('prefers an exact match to an ambiguous loose one', () => {
    expect(table.lookup('arms')).toEqual({ kind: 'found', value: 'arms' });
    expect(table.lookup('the arm')).toEqual({ kind: 'ambiguous', values: ['arms', 'arm'] });
  });

  it('reports conflicts on add', () => {
    const t = new LookupTable<string>((v) => v);
    expect(t.add('Fraud', 'fraud')).toEqual([]);
    expect(t.add('FRAUD', 'fraud')).toEqual([]);
    expect(t.add('fraud', 'other')).toEqual(['fraud']);
  });

  it('ignores labels that fold to nothing', () => {
    const t = new LookupTable<string>((v) => v);
    expect(t.add('—', 'dash')).toEqual([]);
    expect(t.lookup('—')).toEqual({ kind: 'missing' });
  });

  it('suggests the closest label', () => {
    expect(table.suggest('Trafficking in persns')).toBe(' Did you mean "Trafficking in persons"?');
    expect(table.suggest('Terrorism')).toBe('');
  });
});

describe('suggestions', () => {
  it('computes edit distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('bleu', 'blue')).toBe(1); // a transposition counts once
    expect(editDistance('frnace', 'france')).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3); // early exit: over the bound
  });

  it('suggests only plausible typos', () => {
    const labels: [string, string][] = [
      ['italy', 'Italy'],
      ['france', 'France'],
    ];
    expect(closest('itali', labels)).toBe('Italy');
    expect(closest('frnace', labels)).toBe('France');
    expect(closest('germany', labels)).toBeUndefined();
    expect(closest('it', labels)).toBeUndefined(); // too short to guess
    expect(didYouMean('itly', labels)).toBe(' Did you mean "Italy"?');
    expect(didYouMean('spain', labels)).toBe('');
  });
});
