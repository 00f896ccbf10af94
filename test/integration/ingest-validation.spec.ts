import { type DataSource } from 'typeorm';
import { RECORD_KIND_HANDLERS, type RecordKind } from '../../ingest/record-kinds';
import { loadVocabulary, type Vocabulary } from '../../ingest/vocabulary';
import { openTestDataSource } from '../helpers/db';

/**
 * Every reason a record is rejected, per kind: the error names the field (its path in the record), the value
 * and what is accepted. The vocabularies are the reference data of the test database.
 */
let dataSource: DataSource;
let vocab: Vocabulary;
beforeAll(async () => {
  dataSource = await openTestDataSource();
  vocab = await loadVocabulary(dataSource);
});
afterAll(() => dataSource?.destroy());

const CASE = { reference: 'C-1', title: 'A v. B', country: 'ITA' };
const LAW = { reference: 'L-1', title: 'Penal code', country: 'ITA' };
const RATIFICATION = { country: 'ITA', instrument: 'UNTOC', signedOn: '2000-12-12', ratifiedOn: '2006-08-02' };
const long = (n: number) => 'x'.repeat(n);

function errorsOf(kind: RecordKind, record: unknown) {
  const result = RECORD_KIND_HANDLERS[kind].validate(record, vocab);
  if (result.ok) throw new Error(`expected ${JSON.stringify(record)} to be rejected`);
  return result.errors;
}

describe('validation of catalogue records', () => {
  it.each([['case', CASE], ['law', LAW], ['ratification', RATIFICATION]] as const)('accepts a minimal %s', (kind, record) => {
    expect(RECORD_KIND_HANDLERS[kind].validate(record, vocab)).toMatchObject({ ok: true });
  });

  // [kind, record, field, value, message]
  it.each([
    ['case', 'not an object', 'record', 'not an object', /must be an object/],
    ['case', { title: 'x', country: 'ITA' }, 'reference', undefined, /is required/],
    ['case', { ...CASE, reference: long(129) }, 'reference', expect.any(String), /too long: 129 characters, at most 128/],
    ['case', { ...CASE, title: '   ' }, 'title', '   ', /is required/],
    ['case', { ...CASE, title: { en: 'x' } }, 'title', { en: 'x' }, /must be a string/],
    ['case', { ...CASE, country: undefined }, 'country', undefined, /is required/],
    ['case', { ...CASE, country: 'Atlantis' }, 'country', 'Atlantis', /is not a known country/],
    ['case', { ...CASE, country: 'Congo' }, 'country', 'Congo', /COD|COG/],
    ['case', { ...CASE, courtLevel: 'High Court' }, 'courtLevel', 'High Court', /FIRST_INSTANCE, APPELLATE, SUPREME or OTHER/],
    ['case', { ...CASE, decisionDate: '2014-02-30' }, 'decisionDate', '2014-02-30', /February 2014 has 28 days/],
    ['case', { ...CASE, decisionDate: '26/03/14' }, 'decisionDate', '26/03/14', /two-digit year/],
    ['case', { ...CASE, decisionDate: '1850-01-01' }, 'decisionDate', '1850-01-01', /outside the accepted range 1900/],
    ['case', { ...CASE, decisionDate: '2014-03-26', sentenceDate: '2014-01-01' }, 'sentenceDate', '2014-01-01', /must not be before decisionDate/],
    ['case', { ...CASE, language: 'klingon' }, 'language', 'klingon', /ISO 639-1/],
    ['case', { ...CASE, articles: ['UNTOC-99'] }, 'articles[0]', 'UNTOC-99', /UNTOC has articles 1–41/],
    ['case', { ...CASE, articles: 'Article 18' }, 'articles[0]', 'Article 18', /names no instrument/],
    ['case', { ...CASE, articles: { a: 1 } }, 'articles', { a: 1 }, /must be a list/],
    ['case', { ...CASE, crimeTypes: ['jaywalking'] }, 'crimeTypes[0]', 'jaywalking', /is not a known crime type/],
    ['case', { ...CASE, keywords: ['Teleportation'] }, 'keywords[0]', 'Teleportation', /keyword/],
    ['case', { ...CASE, laws: [long(129)] }, 'laws[0]', expect.any(String), /at most 128/],
    ['case', { ...CASE, proceedings: [42] }, 'proceedings[0]', 42, /must be an object/],
    ['case', { ...CASE, proceedings: [{ stage: 'appeal', date: 'yesterday' }] }, 'proceedings[0].date', 'yesterday', /is not a date/],
    ['case', { ...CASE, defendants: Array.from({ length: 501 }, () => 'X') }, 'defendants', '501 items', /at most 500/],
    ['case', { ...CASE, defendants: [{ name: 'X', nationality: 'Narnia' }] }, 'defendants[0].nationality', 'Narnia', /is not a known country/],
    ['case', { ...CASE, defendants: [{ name: 'X', gender: 'robot' }] }, 'defendants[0].gender', 'robot', /female, male, other or unknown/],
    ['case', { ...CASE, defendants: [{ name: 'X', age: 200 }] }, 'defendants[0].age', 200, /whole number from 0 to 120/],
    ['case', { ...CASE, defendants: [{ name: 'X', legalPerson: 'perhaps' }] }, 'defendants[0].legalPerson', 'perhaps', /yes|true/i],
    ['case', { ...CASE, defendants: [{ name: 'X', charges: [{ law: 'L', verdict: 'meh' }] }] }, 'defendants[0].charges[0].verdict', 'meh', /guilty/],
    ['case', { ...CASE, defendants: [{ name: 'X', charges: [{ law: 'L', prisonMonths: 1.5 }] }] }, 'defendants[0].charges[0].prisonMonths', 1.5, /whole number/],
    ['case', { ...CASE, victims: [{ count: -1 }] }, 'victims[0].count', -1, /whole number from 0/],
    ['case', { ...CASE, victims: [{ child: 'sometimes' }] }, 'victims[0].child', 'sometimes', /yes|true/i],
    ['case', { ...CASE, cooperation: [{ counterpart: 'MEX' }] }, 'cooperation[0].type', undefined, /is required/],
    ['case', { ...CASE, cooperation: [{ type: 'telepathy' }] }, 'cooperation[0].type', 'telepathy', /extradition/],
    ['case', { ...CASE, cooperation: [{ type: 'extradition', counterpart: 'Oz' }] }, 'cooperation[0].counterpart', 'Oz', /country/],
    ['case', { ...CASE, cooperation: [{ type: 'extradition', legalBasis: 'UNTOC-77' }] }, 'cooperation[0].legalBasis', 'UNTOC-77', /articles 1–41/],
    ['case', { ...CASE, sources: ['ftp://example.org/x'] }, 'sources[0].url', 'ftp://example.org/x', /http\(s\) URL/],
    ['case', { ...CASE, decisonDate: '2014-03-26' }, 'decisonDate', '2014-03-26', /is not a field of a case record \(reference, title, .*\)\. Did you mean "decisionDate"\?/],
    ['case', { ...CASE, Title: 'x' }, 'Title', 'x', /Did you mean "title"\?/],
    ['case', { ...CASE, defendants: [{ name: 'X', nationalty: 'VNM' }] }, 'defendants[0].nationalty', 'VNM', /is not a field of a defendant.*Did you mean "nationality"/],
    ['case', { ...CASE, defendants: [{ name: 'X', charges: [{ law: 'L', months: 3 }] }] }, 'defendants[0].charges[0].months', 3, /is not a field of a charge/],
    ['case', { ...CASE, sources: [{ href: 'https://x.org' }] }, 'sources[0].href', 'https://x.org', /is not a field of a source \(label, url\)/],
    ['law', { ...LAW, provisions: [{ number: '1', article: ['TIP-5'] }] }, 'provisions[0].article', ['TIP-5'], /Did you mean "articles"/],
    ['ratification', { ...RATIFICATION, ratified: '2006-08-02' }, 'ratified', '2006-08-02', /is not a field of a ratification record/],
    ['law', { ...LAW, status: 'forgotten' }, 'status', 'forgotten', /in-force, amended, repealed or draft/],
    ['law', { ...LAW, enactedOn: '1650' }, 'enactedOn', '1650', /outside the accepted range 1700/],
    ['law', { ...LAW, provisions: [{ heading: 'No number' }] }, 'provisions[0].number', undefined, /is required/],
    ['law', { ...LAW, provisions: [{ number: '1', articles: ['TIP-99'] }] }, 'provisions[0].articles[0]', 'TIP-99', /TIP has articles 1–20/],
    ['law', { ...LAW, crimeTypes: 'piracy on land' }, 'crimeTypes[0]', 'piracy on land', /is not a known crime type/],
    ['ratification', { ...RATIFICATION, country: undefined }, 'country', undefined, /is required/],
    ['ratification', { ...RATIFICATION, instrument: undefined }, 'instrument', undefined, /is required/],
    ['ratification', { ...RATIFICATION, instrument: 'Protocol' }, 'instrument', 'Protocol', /which Protocol/],
    ['ratification', { country: 'ITA', instrument: 'TIP' }, 'ratifiedOn', null, /give the date of signature, of ratification/],
    ['ratification', { ...RATIFICATION, ratifiedOn: '2000-01-01' }, 'ratifiedOn', '2000-01-01', /must not be before signedOn/],
    ['ratification', { ...RATIFICATION, signedOn: '1999-05-05' }, 'signedOn', '1999-05-05', /must not be before UNTOC was adopted \(2000-11-15\)/],
    ['ratification', { country: 'ITA', instrument: 'SOM', signedOn: '2000-12-12', kind: 'accession' }, 'kind', 'accession', /needs ratifiedOn/],
    ['ratification', { ...RATIFICATION, kind: 'signature' }, 'kind', 'signature', /RATIFICATION, ACCESSION/],
    ['ratification', { ...RATIFICATION, instrument: 'TIP', conventionAsExtraditionBasis: true }, 'conventionAsExtraditionBasis', true, /UNTOC only/],
    ['ratification', { ...RATIFICATION, conventionAsExtraditionBasis: 'maybe' }, 'conventionAsExtraditionBasis', 'maybe', /yes|true/i],
  ] as const)('%s: %j → %s', (kind, record, field, value, message) => {
    const errors = errorsOf(kind, record);
    const error = errors.find((e) => e.field === field);
    expect(error).toBeDefined();
    expect(error!.message).toMatch(message);
    if (value !== undefined) expect(error!.value).toEqual(value);
  });

  it('reports every error of a record at once', () => {
    const errors = errorsOf('case', { reference: 'X', country: 'Atlantis', articles: ['UNTOC-99'], decisionDate: 'soon' });
    expect(errors.map((e) => e.field).sort()).toEqual(['articles[0]', 'country', 'decisionDate', 'title']);
  });
});
