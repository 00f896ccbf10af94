import { type CountryRow, coverageCsv, percent, sortRows } from '../../../web/src/coverage/coverage-table';

const row = (code: string, name: string, caseCount: number, sentence: number | null): CountryRow => ({
  code, name, region: 'Europe', caseCount, lawCount: 1, latestDecisionDate: caseCount ? '2020-01-01' : null,
  latestCaseAddedAt: null, latestLawAddedAt: null,
  completeness: { court: sentence, decisionDate: sentence, articles: sentence, defendants: sentence, sentence },
});

describe('coverage table', () => {
  const rows = [row('ITA', 'Italy', 10, 0.9), row('FRA', 'France', 4, 0.25), row('MLT', 'Malta', 0, null), row('ESP', 'Spain', 4, 0.5)];

  it('sorts either way, ties by name, States without cases last both ways', () => {
    expect(sortRows(rows, { key: 'sentence', descending: false }).map((r) => r.code)).toEqual(['FRA', 'ESP', 'ITA', 'MLT']);
    expect(sortRows(rows, { key: 'sentence', descending: true }).map((r) => r.code)).toEqual(['ITA', 'ESP', 'FRA', 'MLT']);
    expect(sortRows(rows, { key: 'cases', descending: true }).map((r) => r.code)).toEqual(['ITA', 'FRA', 'ESP', 'MLT']);
    expect(sortRows(rows, { key: 'name', descending: false }).map((r) => r.code)).toEqual(['FRA', 'ITA', 'MLT', 'ESP']);
  });

  it('writes CSV with quoting, formula characters neutralized and empty shares for States without cases', () => {
    const csv = coverageCsv([{ ...row('XXA', '=HYPERLINK("x"), Ltd', 2, 0.5) }, row('MLT', 'Malta', 0, null)]).split('\r\n');
    expect(csv[0]).toBe('code,state,region,cases,laws,latest_decision_date,latest_case_added_at,latest_law_added_at,' +
      'share_with_court,share_with_decision_date,share_with_articles,share_with_defendants,share_with_sentence');
    expect(csv[1]).toBe(`XXA,"'=HYPERLINK(""x""), Ltd",Europe,2,1,2020-01-01,,,0.5000,0.5000,0.5000,0.5000,0.5000`);
    expect(csv[2]).toBe('MLT,Malta,Europe,0,1,,,,,,,,');
    expect(percent(2 / 3)).toBe('67%');
    expect(percent(null)).toBe('—');
  });
});
