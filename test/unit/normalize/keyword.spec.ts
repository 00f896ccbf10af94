import { createKeywordNormalizer, type KeywordCategory, type Normalized } from '../../../ingest/normalize';

const vocab: KeywordCategory[] = [
  { category: 'Acts', terms: ['Recruitment', 'Transportation', 'Transfer', 'Harbouring', 'Receipt of persons'] },
  {
    category: 'Means',
    terms: ['Deception', 'Abuse of a position of vulnerability', 'Threat or use of force', 'Other'],
  },
  { category: 'Purpose', terms: ['Forced labour or services', 'Sexual exploitation', 'Removal of organs', 'Other'] },
  { category: 'Procedural aspects', terms: ['Victim-witness testimony', 'Financial investigation'] },
];
const normalizeKeyword = createKeywordNormalizer(vocab);

function errorOf(result: Normalized<unknown>): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('createKeywordNormalizer', () => {
  it.each([
    ['Recruitment', 'Acts', 'Recruitment'],
    ['recruitment', 'Acts', 'Recruitment'],
    ['  RECRUITMENT ', 'Acts', 'Recruitment'],
    ['Forced labour or services', 'Purpose', 'Forced labour or services'],
    ['forced labor or services', 'Purpose', 'Forced labour or services'],
    ['Forced labour/services', 'Purpose', 'Forced labour or services'], // loose tier: "or" does not matter
    ['Harboring', 'Acts', 'Harbouring'],
    ['victim witness testimony', 'Procedural aspects', 'Victim-witness testimony'],
    ['Abuse of a position of vulnerability', 'Means', 'Abuse of a position of vulnerability'],
    ['abuse of position of vulnerability', 'Means', 'Abuse of a position of vulnerability'],
    ['Means: Deception', 'Means', 'Deception'],
    ['means:deception', 'Means', 'Deception'],
    ['Means > Deception', 'Means', 'Deception'],
    ['Means: Other', 'Means', 'Other'],
    ['Purpose > other', 'Purpose', 'Other'],
    ['procedural aspects: financial investigations', 'Procedural aspects', 'Financial investigation'],
  ])('%j → %s: %s', (input, category, term) => {
    expect(normalizeKeyword(input)).toEqual({ ok: true, value: { category, term } });
  });

  it('rejects a term shared by several categories, listing the qualified forms', () => {
    expect(errorOf(normalizeKeyword('Other'))).toBe(
      '"Other" is a term of several categories: use "Means: Other" or "Purpose: Other"',
    );
  });

  it('rejects an unknown term, naming it and saying what is accepted', () => {
    expect(errorOf(normalizeKeyword('Piracy'))).toBe(
      '"Piracy" is not a keyword of the vocabulary: use a term of the vocabulary (e.g. "Recruitment") or ' +
        '"Category: Term" (e.g. "Acts: Recruitment")',
    );
  });

  it('suggests a close term', () => {
    expect(errorOf(normalizeKeyword('Decepton'))).toMatch(
      /^"Decepton" is not a keyword .*\. Did you mean "Deception"\?$/,
    );
  });

  it('rejects an unknown category', () => {
    expect(errorOf(normalizeKeyword('Victims: Deception'))).toBe(
      '"Victims: Deception" names an unknown keyword category ("Victims"): the categories are "Acts", "Means", ' +
        '"Purpose" or "Procedural aspects"',
    );
  });

  it("rejects a term not in the category it is qualified with, listing that category's terms", () => {
    expect(errorOf(normalizeKeyword('Acts: Deception'))).toBe(
      '"Deception" is not a term of the category "Acts": use "Recruitment", "Transportation", "Transfer", ' +
        '"Harbouring" or "Receipt of persons"',
    );
  });

  it('rejects a category given alone', () => {
    expect(errorOf(normalizeKeyword('Means'))).toBe(
      '"Means" is a keyword category, not a term: use one of its terms, e.g. "Deception", ' +
        '"Abuse of a position of vulnerability", "Threat or use of force" and 1 more',
    );
  });

  it('rejects empty input', () => {
    expect(errorOf(normalizeKeyword(''))).toMatch(/^The keyword is empty: use a term of the vocabulary/);
  });

  it('finds a term that itself contains a colon before reading the colon as a separator', () => {
    const normalize = createKeywordNormalizer([{ category: 'Evidence', terms: ['Type: electronic'] }]);
    expect(normalize('type: electronic')).toEqual({
      ok: true,
      value: { category: 'Evidence', term: 'Type: electronic' },
    });
  });

  it('lists at most twenty terms', () => {
    const terms = Array.from({ length: 25 }, (_, i) => `Term ${i + 1}`);
    const normalize = createKeywordNormalizer([{ category: 'Big', terms }]);
    expect(errorOf(normalize('Big: nothing'))).toMatch(/"Term 20" and 5 more$/);
  });

  it('says so when the vocabulary is empty', () => {
    expect(errorOf(createKeywordNormalizer([])('Recruitment'))).toBe(
      '"Recruitment" is not a keyword of the vocabulary: the keyword vocabulary is empty',
    );
  });
});
