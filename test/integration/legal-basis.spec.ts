import { type DataSource } from 'typeorm';
import { createTestApi, type TestApi } from '../helpers/api';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
/** A date of entry into force still to come. */
const NEXT_YEAR = `${new Date().getUTCFullYear() + 1}-12-31`;

/**
 * A small world for the advice, each State chosen for one branch:
 * ITA–NGA: a bilateral MLA treaty in force; ITA–ALB: an extradition treaty signed but not in force;
 * ITA, NGA, MEX, FRA, ALB parties to UNTOC; BRA declared it does not take the Convention as a basis for
 * extradition; PNG signed only; TUV: nothing loaded.
 */
beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  api = await createTestApi(dataSource);
  const untoc = (country: string, extra: Record<string, unknown> = {}) => ({ country, instrument: 'UNTOC', signedOn: '2000-12-12', ratifiedOn: '2005-06-01', ...extra });
  const ratifications = await loadRecords(dataSource, 'ratification', [
    untoc('ITA', { conventionAsExtraditionBasis: 'yes' }), untoc('NGA'), untoc('MEX', { conventionAsExtraditionBasis: 'yes' }),
    untoc('FRA'), untoc('ALB'), untoc('BRA', { conventionAsExtraditionBasis: 'no' }),
    { country: 'PNG', instrument: 'UNTOC', signedOn: '2001-01-01' },
  ]);
  expect(ratifications.rejected).toBe(0);
  const treaties = await loadRecords(dataSource, 'treaty', [
    { reference: 'T-ITA-NGA', title: 'Italy–Nigeria MLA treaty (synthetic)', scope: 'BILATERAL', kinds: ['MUTUAL_LEGAL_ASSISTANCE'],
      adoptedOn: '2016-09-12', inForceOn: '2018-01-01', parties: ['ITA', 'NGA'] },
    { reference: 'T-ITA-ALB', title: 'Italy–Albania extradition treaty (synthetic)', scope: 'BILATERAL', kinds: ['EXTRADITION'],
      adoptedOn: '2021-03-01', parties: ['ITA', 'ALB'] },
    { reference: 'T-REG', title: 'Regional extradition convention (synthetic)', scope: 'REGIONAL', kinds: ['EXTRADITION'],
      adoptedOn: '1957-12-13', inForceOn: '1960-04-18', parties: [{ country: 'ITA' }, { country: 'FRA' }, { country: 'ALB', inForceOn: NEXT_YEAR }] },
  ]);
  expect(treaties.rejected).toBe(0);
});
afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

const QUERY = `query($a: String!, $b: String!, $kind: CooperationKind!) {
  legalBasis(requesting: $a, requested: $b, kind: $kind) {
    kind requesting { code } requested { code }
    options { basis treaty { reference title } article { id } explanation }
    excluded { basis treaty { reference } article { id } explanation }
    warnings } }`;

async function advise(a: string, b: string, kind: string) {
  const r = await api.query(QUERY, { a, b, kind });
  expect(r.errors).toBeUndefined();
  return r.data.legalBasis as {
    options: { basis: string; treaty: { reference: string } | null; article: { id: string } | null; explanation: string }[];
    excluded: { basis: string; treaty: { reference: string } | null; article: { id: string } | null; explanation: string }[];
    warnings: string[];
  };
}
const bases = (options: { basis: string; treaty: { reference: string } | null }[]) =>
  options.map((o) => (o.treaty ? `${o.basis}:${o.treaty.reference}` : o.basis));

describe('legalBasis', () => {
  it('a treaty in force comes first, then the Convention (UNTOC-18 for mutual legal assistance), reciprocity, domestic law', async () => {
    const advice = await advise('ITA', 'NGA', 'MUTUAL_LEGAL_ASSISTANCE');
    expect(bases(advice.options)).toEqual(['TREATY:T-ITA-NGA', 'CONVENTION', 'RECIPROCITY', 'DOMESTIC_LAW']);
    expect(advice.options[0].explanation).toContain('since 2018-01-01');
    expect(advice.options[1].article).toEqual({ id: 'UNTOC-18' });
    expect(advice.options[1].explanation).toContain('Both Italy and Nigeria are parties');
    expect(advice.options[1].explanation).toContain('18(7)');
    expect(advice.warnings).toEqual([]);
    expect(advice.options.every((o) => o.explanation.length > 40)).toBe(true);
  });

  it('extradition between parties rests on UNTOC-16, with the requested State\'s article 16(5) declaration', async () => {
    const advice = await advise('FRA', 'MEX', 'EXTRADITION');
    expect(bases(advice.options)).toEqual(['CONVENTION', 'RECIPROCITY', 'DOMESTIC_LAW']);
    expect(advice.options[0].article).toEqual({ id: 'UNTOC-16' });
    expect(advice.options[0].explanation).toContain('Mexico declared under article 16(5)(a) that it takes the Convention as the legal basis');
    expect(advice.warnings).toEqual([expect.stringContaining('No treaty in force between France and Mexico')]);
  });

  it('a declaration not loaded is a warning, not a refusal', async () => {
    const advice = await advise('ITA', 'FRA', 'EXTRADITION');
    expect(bases(advice.options)).toEqual(['TREATY:T-REG', 'CONVENTION', 'RECIPROCITY', 'DOMESTIC_LAW']);
    expect(advice.warnings).toEqual([expect.stringContaining('article 16(5) declaration of France is not loaded')]);
  });

  it('a State that declared it does not take the Convention as a basis for extradition: no Convention option, and why', async () => {
    const advice = await advise('ITA', 'BRA', 'EXTRADITION');
    expect(bases(advice.options)).toEqual(['RECIPROCITY', 'DOMESTIC_LAW']);
    expect(advice.excluded).toEqual([
      expect.objectContaining({ basis: 'CONVENTION', article: { id: 'UNTOC-16' }, explanation: expect.stringContaining('does not take the Convention as the legal basis') }),
    ]);
    // The declaration concerns extradition only: mutual legal assistance still rests on article 18.
    expect(bases((await advise('ITA', 'BRA', 'MUTUAL_LEGAL_ASSISTANCE')).options)).toEqual(['CONVENTION', 'RECIPROCITY', 'DOMESTIC_LAW']);
    // And it is the requested State's declaration that counts.
    expect(bases((await advise('BRA', 'ITA', 'EXTRADITION')).options)).toEqual(['CONVENTION', 'RECIPROCITY', 'DOMESTIC_LAW']);
  });

  it('treaties not yet in force between the two are excluded with the reason and a warning', async () => {
    const advice = await advise('ITA', 'ALB', 'EXTRADITION');
    expect(bases(advice.options)).toEqual(['CONVENTION', 'RECIPROCITY', 'DOMESTIC_LAW']);
    expect(bases(advice.excluded)).toEqual(['TREATY:T-ITA-ALB', 'TREATY:T-REG']);
    expect(advice.excluded[0].explanation).toContain('no date of entry into force between them is loaded');
    expect(advice.excluded[1].explanation).toContain(`enters into force between them on ${NEXT_YEAR}`);
    expect(advice.warnings.filter((w) => w.includes('not in force between Italy and Albania'))).toHaveLength(2);
  });

  it('a State that signed but has not ratified: the Convention does not apply, reciprocity remains', async () => {
    const advice = await advise('ITA', 'PNG', 'MUTUAL_LEGAL_ASSISTANCE');
    expect(bases(advice.options)).toEqual(['RECIPROCITY', 'DOMESTIC_LAW']);
    expect(advice.excluded).toEqual([
      expect.objectContaining({ basis: 'CONVENTION', explanation: expect.stringContaining('Papua New Guinea is not (yet) a party') }),
    ]);
    expect(advice.options[0].explanation).toContain("assurance of reciprocity");
    expect(advice.options[1].explanation).toContain("Papua New Guinea's domestic law");
  });

  it('ratification data missing: a warning and a conditional Convention option, never a silent "no"', async () => {
    const advice = await advise('TUV', 'ITA', 'MUTUAL_LEGAL_ASSISTANCE');
    expect(bases(advice.options)).toEqual(['CONVENTION', 'RECIPROCITY', 'DOMESTIC_LAW']);
    expect(advice.options[0].explanation).toMatch(/^If both States are parties \(the status of Tuvalu is not loaded\)/);
    expect(advice.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining('Whether Tuvalu is a party to the Organized Crime Convention is not loaded')]),
    );
  });

  it('each kind of cooperation cites its own article of the Convention', async () => {
    const cited: Record<string, string> = {};
    for (const kind of ['TRANSFER_OF_SENTENCED_PERSONS', 'TRANSFER_OF_PROCEEDINGS', 'CONFISCATION', 'JOINT_INVESTIGATION', 'LAW_ENFORCEMENT']) {
      cited[kind] = (await advise('ITA', 'MEX', kind)).options.find((o) => o.basis === 'CONVENTION')!.article!.id;
    }
    expect(cited).toEqual({
      TRANSFER_OF_SENTENCED_PERSONS: 'UNTOC-17', TRANSFER_OF_PROCEEDINGS: 'UNTOC-21', CONFISCATION: 'UNTOC-13',
      JOINT_INVESTIGATION: 'UNTOC-19', LAW_ENFORCEMENT: 'UNTOC-27',
    });
  });

  it('bad input names the argument, the value and what is accepted', async () => {
    const unknown = await api.query(QUERY, { a: 'Atlantis', b: 'ITA', kind: 'EXTRADITION' });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('requesting: "Atlantis"') });
    const same = await api.query(QUERY, { a: 'ITA', b: 'ita', kind: 'EXTRADITION' });
    expect(same.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('requested: "ita"') });
  });
});
