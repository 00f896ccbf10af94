import { fieldId, labelOfPath } from '../../../web/src/forms/paths';
import { diffRecords, showValue, versionsFromAudit } from '../../../web/src/review/diff';
import { caseControlOf, caseToInput, emptyCase, proposeReference } from '../../../web/src/workspace/case-form';

describe('field paths of the API and the editors\' controls', () => {
  it('names the control of a nested field and says the field in words', () => {
    expect(fieldId('defendants[0].charges[1].verdict')).toBe('f-defendants-0-charges-1-verdict');
    expect(fieldId('title')).toBe('f-title');
    expect(labelOfPath('defendants[0].charges[1].prisonMonths')).toBe('Defendant 1, charge 2, prison months');
    expect(labelOfPath('decisionDate')).toBe('Decision date');
  });

  it('shows an error on one item of a list edited as one control at that control', () => {
    expect(caseControlOf('articles[3]')).toBe('f-articles');
    expect(caseControlOf('laws[0]')).toBe('f-laws');
    expect(caseControlOf('citedCases[2]')).toBe('f-citedCases');
    expect(caseControlOf('defendants[0].name')).toBeNull();
  });
});

describe('case editor form → CaseInput', () => {
  it('trims text, leaves out empty fields and turns typed numbers into integers', () => {
    const form = {
      ...emptyCase(),
      reference: ' ITA-2024-017 ', title: 'A case', country: 'ITA', laws: 'ITA:CP art. 601\n\n ITA:CP art. 416 ',
      citedCases: ' ITA-2011-0330\n\nITA-2004-0101 \n',
      defendants: [{ name: ' A. B. ', legalPerson: false, gender: '', nationality: 'NGA', age: '34', charges: [{ law: '', verdict: 'guilty', sentence: '', prisonMonths: '96' }] }],
      victims: [{ count: '7', gender: 'female', child: 'no', name: '', nationality: '' }],
    };
    const { input, problems } = caseToInput(form);
    expect(problems).toEqual([]);
    expect(input.reference).toBe('ITA-2024-017');
    expect(input.court).toBeUndefined();
    expect(input.laws).toEqual(['ITA:CP art. 601', 'ITA:CP art. 416']);
    expect(input.citedCases).toEqual(['ITA-2011-0330', 'ITA-2004-0101']);
    expect(input.defendants).toEqual([{ name: 'A. B.', legalPerson: false, gender: undefined, nationality: 'NGA', age: 34, charges: [{ law: undefined, verdict: 'guilty', sentence: undefined, prisonMonths: 96 }] }]);
    expect(input.victims?.[0]).toMatchObject({ count: 7, child: false, gender: 'female' });
  });

  it('refuses a number that is not one, at its field, naming the value', () => {
    const form = { ...emptyCase(), defendants: [{ name: '', legalPerson: false, gender: '', nationality: '', age: 'thirty', charges: [] }] };
    expect(caseToInput(form).problems).toEqual([{ id: 'f-defendants-0-age', message: 'Defendant 1, age: "thirty" is not a whole number (give digits only, e.g. 24)' }]);
  });

  it('proposes a reference starting with the State\'s code and the year of the decision', () => {
    expect(proposeReference('ITA', '2019-04-02')).toMatch(/^ITA-2019-\d{4}$/);
    expect(proposeReference('NGA', '')).toMatch(new RegExp(`^NGA-${new Date().getFullYear()}-\\d{4}$`));
  });
});

describe('review: a submission beside its published version', () => {
  const snapshot = (title: string, extra: Record<string, unknown> = {}) => ({ reference: 'ITA-1', title, status: 'DRAFT', crimeTypes: [], ...extra });

  it('takes the latest content written and the content in force at the latest approval', () => {
    const entries = [
      { action: 'case.submit', at: '2026-05-04', after: { status: 'SUBMITTED' } },
      { action: 'case.update', at: '2026-05-03', after: snapshot('New title', { crimeTypes: ['fraud'] }) },
      { action: 'case.approve', at: '2026-05-02', after: { status: 'PUBLISHED' } },
      { action: 'case.update', at: '2026-05-01', after: snapshot('Old title') },
      { action: 'case.create', at: '2026-04-30', after: snapshot('First title') },
    ];
    const { submitted, published, publishedAt } = versionsFromAudit(entries, 'case');
    expect(submitted).toEqual({ reference: 'ITA-1', title: 'New title', crimeTypes: ['fraud'] });
    expect(published).toEqual({ reference: 'ITA-1', title: 'Old title', crimeTypes: [] });
    expect(publishedAt).toBe('2026-05-02');
    const diff = diffRecords(published, submitted!);
    expect(diff.find((d) => d.field === 'title')?.change).toBe('changed');
    expect(diff.find((d) => d.field === 'crimeTypes')?.change).toBe('added');
    expect(diff.find((d) => d.field === 'reference')?.change).toBe('same');
  });

  it('has no published version for a record never approved: every field given is new', () => {
    const { published, submitted } = versionsFromAudit([{ action: 'case.create', at: 'x', after: snapshot('T') }], 'case');
    expect(published).toBeNull();
    expect(diffRecords(published, submitted!).find((d) => d.field === 'title')?.change).toBe('added');
  });

  it('shows values readably', () => {
    expect(showValue(null)).toBe('—');
    expect(showValue(['a', 'b'])).toBe('a\nb');
    expect(showValue([{ name: 'E. Okafor', age: null, charges: [{ verdict: 'guilty' }] }])).toBe('name: E. Okafor, charges: [verdict: guilty]');
  });
});

describe('review diff order and empty values', () => {
  it('lists fields in the catalogue record\'s order and counts an empty list as no value', () => {
    const rows = diffRecords(null, { laws: [], title: 'T', reference: 'R', summary: null });
    expect(rows.map((r) => r.field)).toEqual(['reference', 'title', 'summary', 'laws']);
    expect(rows.find((r) => r.field === 'laws')?.change).toBe('same');
  });
});
