import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildPortalSchema, schemaSdl } from '../../src/schema/build-schema';

describe('schema.graphql', () => {
  it('is the SDL the code builds (run `npm run schema` after a schema change, and review the diff)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../src/schema/schema.graphql'), 'utf8');
    expect(schemaSdl(await buildPortalSchema())).toBe(committed);
  });

  it('keeps the contract names', async () => {
    const schema = await buildPortalSchema();
    const fields = (type: string) => Object.keys((schema.getType(type) as any).getFields());
    expect(fields('Query')).toEqual(
      expect.arrayContaining(['case', 'cases', 'law', 'laws', 'jurisdiction', 'jurisdictions', 'instrument', 'instruments', 'article', 'crimeTypes']),
    );
    const args = (type: string, field: string) => (schema.getType(type) as any).getFields()[field].args.map((a: any) => a.name);
    expect(args('Query', 'cases')).toEqual(expect.arrayContaining(['filter', 'orderBy', 'first', 'after']));
    expect(fields('CaseFilter')).toEqual(['countries', 'articles', 'crimeTypes', 'keywords', 'courtLevels', 'decidedFrom', 'decidedTo']);
    expect(fields('Case')).toEqual(
      expect.arrayContaining(['reference', 'title', 'decisionDate', 'courtLevel', 'summary', 'jurisdiction', 'articles', 'laws', 'crimeTypes', 'keywords', 'court', 'defendants']),
    );
    expect(fields('Article')).toEqual(expect.arrayContaining(['id', 'number', 'title', 'instrument', 'cases', 'caseCount', 'laws']));
    expect(fields('Jurisdiction')).toEqual(
      expect.arrayContaining(['code', 'name', 'region', 'subregion', 'legalSystem', 'cases', 'laws', 'caseCount']),
    );
    expect(fields('Instrument')).toEqual(expect.arrayContaining(['code', 'title', 'articles']));
    expect(fields('Law')).toEqual(expect.arrayContaining(['reference', 'title', 'jurisdiction', 'provisions']));
    expect(fields('CaseConnection')).toEqual(expect.arrayContaining(['edges', 'pageInfo', 'totalCount']));
    expect(String((schema.getType('CaseFilter') as any).getFields().decidedFrom.type)).toBe('Date');
  });
});
