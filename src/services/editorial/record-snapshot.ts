import { type EntityManager } from 'typeorm';

export type RecordKind = 'case' | 'law';

/**
 * How a record is written as one JSON document in the catalogue record format.
 * - `snapshot`: what the audit log keeps as "before" and "after" of a write (jsonb, with the editorial status;
 *   a law's legal status is then `legalStatus`).
 * - `catalogue`: exactly what `portal ingest` loads (json, keys in the catalogue's order, nulls left out, a law's
 *   legal status as `status`, articles with their paragraph), as exports write it.
 */
export type RecordJsonShape = 'snapshot' | 'catalogue';

/** The SELECT expression building a case (alias `c`) as JSON. */
export function caseJsonSql(shape: RecordJsonShape): string {
  const j = shape === 'snapshot' ? 'jsonb' : 'json';
  const record = `${j}_build_object(
      'reference', c.reference, 'title', c.title, 'country', c.jurisdiction_code, ${shape === 'snapshot' ? "'status', c.status," : ''}
      'court', (SELECT ct.name FROM courts ct WHERE ct.id = c.court_id), 'courtLevel', c.court_level,
      'decisionDate', c.decision_date, 'sentenceDate', c.sentence_date, 'language', c.language,
      'crimeTypes', ARRAY(SELECT x.crime_type_code FROM case_crime_types x WHERE x.case_id = c.id ORDER BY 1),
      'articles', ARRAY(SELECT ${shape === 'catalogue' ? "x.article_id || coalesce(substring(x.paragraph FROM '\\(.*$'), '')" : 'x.article_id'}
          FROM case_articles x WHERE x.case_id = c.id ORDER BY x.article_id),
      'keywords', ARRAY(SELECT k.label FROM case_keywords x JOIN keywords k ON k.id = x.keyword_id WHERE x.case_id = c.id ORDER BY 1),
      'summary', c.summary,
      'proceedings', COALESCE((SELECT ${j}_agg(${j}_build_object('stage', p.stage, 'date', p.decision_date, 'court', p.court_name,
          'place', p.place, 'outcome', p.outcome) ORDER BY p.seq) FROM proceedings p WHERE p.case_id = c.id), '[]'::${j}),
      'legalReasoning', c.legal_reasoning, 'commentary', c.commentary,
      'defendants', COALESCE((SELECT ${j}_agg(${j}_build_object('name', d.name, 'legalPerson', d.legal_person, 'gender', d.gender,
          'nationality', d.nationality_code, 'age', d.age,
          'charges', COALESCE((SELECT ${j}_agg(${j}_build_object('law', ch.law_reference, 'verdict', ch.verdict,
              'sentence', ch.sentence, 'prisonMonths', ch.prison_months) ORDER BY ch.seq) FROM charges ch WHERE ch.defendant_id = d.id), '[]'::${j})
        ) ORDER BY d.seq) FROM defendants d WHERE d.case_id = c.id), '[]'::${j}),
      'victims', COALESCE((SELECT ${j}_agg(${j}_build_object('name', v.name, 'count', v.count, 'gender', v.gender, 'child', v.child,
          'nationality', v.nationality_code) ORDER BY v.seq, v.id) FROM victim_groups v WHERE v.case_id = c.id), '[]'::${j}),
      'cooperation', COALESCE((SELECT ${j}_agg(${j}_build_object('type', x.type, 'counterpart', x.counterpart_code,
          'legalBasis', x.legal_basis_article_id, 'description', x.description) ORDER BY x.seq, x.id) FROM cooperation_acts x WHERE x.case_id = c.id), '[]'::${j}),
      'laws', ARRAY(SELECT x.law_reference FROM case_laws x WHERE x.case_id = c.id ORDER BY 1),
      'citedCases', ARRAY(SELECT x.cited_reference FROM case_citations x WHERE x.citing_case_id = c.id ORDER BY 1),
      'sources', c.sources
    )`;
  return shape === 'catalogue' ? `json_strip_nulls(${record})` : record;
}

/** The SELECT expression building a law (alias `l`) as JSON. */
export function lawJsonSql(shape: RecordJsonShape): string {
  const j = shape === 'snapshot' ? 'jsonb' : 'json';
  const status = shape === 'snapshot' ? `'status', l.status, 'enactedOn', l.enacted_on, 'legalStatus', l.legal_status` : `'enactedOn', l.enacted_on, 'status', l.legal_status`;
  const record = `${j}_build_object(
      'reference', l.reference, 'country', l.jurisdiction_code, 'title', l.title, ${status},
      'crimeTypes', ARRAY(SELECT x.crime_type_code FROM law_crime_types x WHERE x.law_id = l.id ORDER BY 1),
      'provisions', COALESCE((SELECT ${j}_agg(${j}_build_object('number', p.number, 'heading', p.heading, 'text', p.text,
          'articles', ARRAY(SELECT pa.article_id FROM provision_articles pa WHERE pa.provision_id = p.id ORDER BY 1)) ORDER BY p.seq)
        FROM law_provisions p WHERE p.law_id = l.id), '[]'::${j}),
      'sources', l.sources
    )`;
  return shape === 'catalogue' ? `json_strip_nulls(${record})` : record;
}

/** One statement per record. */
const SNAPSHOT_SQL: Record<RecordKind, string> = {
  case: `SELECT ${caseJsonSql('snapshot')} AS snapshot FROM cases c WHERE c.id = $1`,
  law: `SELECT ${lawJsonSql('snapshot')} AS snapshot FROM laws l WHERE l.id = $1`,
};

export async function snapshotRecord(tx: EntityManager, kind: RecordKind, id: string): Promise<Record<string, unknown> | null> {
  const rows: { snapshot: Record<string, unknown> }[] = await tx.query(SNAPSHOT_SQL[kind], [id]);
  return rows[0]?.snapshot ?? null;
}
