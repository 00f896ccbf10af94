import { sortKey, toMeiliDocument } from '../../../src/search/meili/documents';
import { searchDocument } from './meili-fixtures';

describe('toMeiliDocument', () => {
  it('keeps every attribute of the search document, arrays as arrays and numbers as numbers', () => {
    const document = searchDocument();
    const stored = toMeiliDocument(document);
    // Country and region are stored as arrays (every country a record concerns): filters and facets read them.
    expect(stored).toEqual({
      ...document, countryCode: ['USA'], region: ['Americas'], titleSort: 'united states v. tran', recency: Date.UTC(2014, 2, 26),
    });
    expect(stored.key).toBe(document.key);
    expect(stored.dateValue).toBe(Date.UTC(2014, 2, 26));
    expect(stored.year).toBe(2014);
    expect(stored.articles).toEqual(['TIP-3', 'TIP-5']);
  });

  it('stores every country and region of a publication, and none for one about no country', () => {
    const publication = searchDocument({
      type: 'PUBLICATION', countryCode: null, countryName: 'Italy; Libya', region: null,
      countries: ['ITA', 'LBY'], regions: ['Africa', 'Europe'], courtLevel: null,
    });
    expect(toMeiliDocument(publication)).toMatchObject({ countryCode: ['ITA', 'LBY'], region: ['Africa', 'Europe'], countryName: 'Italy; Libya' });
    const general = searchDocument({ type: 'PUBLICATION', countryCode: null, countryName: null, region: null, countries: [], regions: [] });
    expect(toMeiliDocument(general)).toMatchObject({ countryCode: [], region: [], countryName: null });
  });

  it('keeps unknown values as null', () => {
    const stored = toMeiliDocument(
      searchDocument({ summary: null, body: null, courtLevel: null, year: null, date: null, dateValue: null }),
    );
    expect(stored).toMatchObject({ summary: null, body: null, courtLevel: null, year: null, dateValue: null });
  });

  it('adds a sort key without case or accents', () => {
    expect(toMeiliDocument(searchDocument({ title: 'État c. Ölçer' })).titleSort).toBe('etat c. olcer');
  });

  it('strips control characters from text, so they cannot pose as highlight markers', () => {
    const stored = toMeiliDocument(
      searchDocument({
        title: 'A\u0001B\u0002C',
        summary: 'line one\nline\ttwo\u0000',
        body: '\u001fbody',
        reference: 'REF\u0007-1',
        countryName: 'Ita\u007Fly',
        crimeTypeLabels: ['Fra\u0001ud'],
        articleLabels: ['TIP-5\u0002'],
        keywordLabels: ['\u0001Deception'],
      }),
    );
    expect(stored).toMatchObject({
      title: 'ABC',
      summary: 'line one\nline\ttwo',
      body: 'body',
      reference: 'REF-1',
      countryName: 'Italy',
      crimeTypeLabels: ['Fraud'],
      articleLabels: ['TIP-5'],
      keywordLabels: ['Deception'],
      titleSort: 'abc',
    });
  });

  it('does not change the document it was given', () => {
    const document = searchDocument({ title: 'A\u0001B' });
    toMeiliDocument(document);
    expect(document.title).toBe('A\u0001B');
  });
});

describe('sortKey', () => {
  it('lower-cases, removes accents and collapses spaces', () => {
    expect(sortKey('  Émile   v.\tÉTAT  ')).toBe('emile v. etat');
    expect(sortKey('Ñandú')).toBe('nandu');
  });

  it('orders accented titles beside their letters, as a reader expects', () => {
    const titles = ['Zeta', 'Éclair', 'alpha', 'Eagle'];
    expect([...titles].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1))).toEqual([
      'alpha',
      'Eagle',
      'Éclair',
      'Zeta',
    ]);
  });
});
