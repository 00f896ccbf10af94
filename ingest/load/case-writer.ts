import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import {
  contentHash, deleteChildren, insertColumns, planUpserts, recordStateColumns, recordStateUpdates, type WriteOutcome,
} from './bulk';
import { writeCitations } from './citations';
import { type NormalizedCase, type RecordOrigin } from './normalized';
import { recordSearchChanges } from '../../src/search/sync';

export type { WriteOutcome };

export interface CaseWrite {
  record: NormalizedCase;
  origin: RecordOrigin;
}

export interface WriteOptions {
  /** Publish what is written (otherwise new records are drafts and existing ones keep their status). */
  publish: boolean;
  /** Keyword label → id, from the vocabulary. */
  keywordIds: ReadonlyMap<string, number>;
}

const CHILD_TABLES = [
  'case_articles',
  'case_crime_types',
  'case_keywords',
  'case_laws',
  'proceedings',
  'defendants',
  'victim_groups',
  'cooperation_acts',
];

/**
 * Upserts a batch of validated cases by reference inside the caller's transaction, with a fixed number of
 * statements per batch. A record whose content (and publication) is unchanged is not touched at all.
 * Returns the outcome of each input, in order.
 */
export async function writeCases(
  tx: EntityManager,
  batch: CaseWrite[],
  options: WriteOptions,
): Promise<WriteOutcome[]> {
  const hashes = batch.map((w) => contentHash(w.record));
  const { existing, outcomes, toWrite } = await planUpserts(
    tx,
    'cases',
    batch.map((w) => w.record.reference),
    hashes,
    options.publish,
  );
  if (toWrite.length === 0) return outcomes;
  const writes = toWrite.map((i) => batch[i]);

  // Courts of the latest rulings, created on first sight.
  const courtKeys = [
    ...new Map(
      writes.filter((w) => w.record.court).map((w) => [`${w.record.country}\u0000${w.record.court}`, w.record]),
    ).values(),
  ];
  const courtIds = new Map<string, string>();
  if (courtKeys.length) {
    await insertColumns(
      tx,
      'courts',
      {
        jurisdiction_code: { type: 'char(3)', values: courtKeys.map((r) => r.country) },
        name: { type: 'text', values: courtKeys.map((r) => r.court) },
        level: { type: 'text', values: courtKeys.map((r) => r.courtLevel) },
      },
      'ON CONFLICT (jurisdiction_code, name) DO NOTHING',
    );
    const rows: { id: string; jurisdiction_code: string; name: string }[] = await tx.query(
      `SELECT c.id, c.jurisdiction_code, c.name FROM courts c
       JOIN unnest($1::char(3)[], $2::text[]) AS k(code, name) ON c.jurisdiction_code = k.code AND c.name = k.name`,
      [courtKeys.map((r) => r.country), courtKeys.map((r) => r.court)],
    );
    for (const r of rows) courtIds.set(`${r.jurisdiction_code}\u0000${r.name}`, r.id);
  }

  const col = <T>(type: string, pick: (w: CaseWrite, i: number) => T) => ({ type, values: writes.map(pick) });
  const upserted: { id: string; reference: string }[] = await insertColumns(
    tx,
    'cases',
    {
      reference: col('text', (w) => w.record.reference),
      title: col('text', (w) => w.record.title),
      jurisdiction_code: col('char(3)', (w) => w.record.country),
      court_id: col('uuid', (w) =>
        w.record.court ? courtIds.get(`${w.record.country}\u0000${w.record.court}`) : null,
      ),
      court_level: col('text', (w) => w.record.courtLevel),
      decision_date: col('date', (w) => w.record.decisionDate),
      sentence_date: col('date', (w) => w.record.sentenceDate),
      language: col('text', (w) => w.record.language),
      summary: col('text', (w) => w.record.summary),
      legal_reasoning: col('text', (w) => w.record.legalReasoning),
      commentary: col('text', (w) => w.record.commentary),
      sources: col('jsonb', (w) => JSON.stringify(w.record.sources)),
      ...recordStateColumns(writes.map((w) => w.origin), toWrite.map((i) => hashes[i]), options.publish),
    },
    `ON CONFLICT (reference) DO UPDATE SET
       title = EXCLUDED.title, jurisdiction_code = EXCLUDED.jurisdiction_code, court_id = EXCLUDED.court_id,
       court_level = EXCLUDED.court_level, decision_date = EXCLUDED.decision_date, sentence_date = EXCLUDED.sentence_date,
       language = EXCLUDED.language, summary = EXCLUDED.summary, legal_reasoning = EXCLUDED.legal_reasoning,
       commentary = EXCLUDED.commentary, sources = EXCLUDED.sources,
       ${recordStateUpdates('cases', options.publish)}
     RETURNING id, reference`,
  );
  const idOf = new Map(upserted.map((r) => [r.reference, r.id]));
  const updatedIds = writes.filter((w) => existing.has(w.record.reference)).map((w) => idOf.get(w.record.reference)!);
  await deleteChildren(tx, CHILD_TABLES, 'case_id', updatedIds);
  const uncited = await writeCitations(
    tx,
    writes.map((w) => ({ caseId: idOf.get(w.record.reference)!, references: w.record.citedCases })),
    updatedIds,
    upserted.map((r) => r.reference),
  );

  // Children, one statement per table for the whole batch.
  const rows = <T>(pick: (w: CaseWrite, caseId: string) => T[]) =>
    writes.flatMap((w) => pick(w, idOf.get(w.record.reference)!));
  const columnsOf = <T extends object>(items: T[], spec: Record<string, [string, (item: T) => unknown]>) =>
    Object.fromEntries(Object.entries(spec).map(([name, [type, pick]]) => [name, { type, values: items.map(pick) }]));

  const articles = rows((w, caseId) => w.record.articles.map((a) => ({ caseId, ...a })));
  await insertColumns(
    tx,
    'case_articles',
    columnsOf(articles, {
      case_id: ['uuid', (a) => a.caseId],
      article_id: ['text', (a) => a.id],
      paragraph: ['text', (a) => a.paragraph],
    }),
  );
  const crimeTypes = rows((w, caseId) => w.record.crimeTypes.map((code) => ({ caseId, code })));
  await insertColumns(
    tx,
    'case_crime_types',
    columnsOf(crimeTypes, {
      case_id: ['uuid', (c) => c.caseId],
      crime_type_code: ['text', (c) => c.code],
    }),
  );
  const keywords = rows((w, caseId) =>
    w.record.keywords.map((label) => ({ caseId, id: options.keywordIds.get(label)! })),
  );
  await insertColumns(
    tx,
    'case_keywords',
    columnsOf(keywords, {
      case_id: ['uuid', (k) => k.caseId],
      keyword_id: ['int', (k) => k.id],
    }),
  );
  const laws = rows((w, caseId) => w.record.laws.map((reference) => ({ caseId, reference })));
  await insertColumns(
    tx,
    'case_laws',
    columnsOf(laws, {
      case_id: ['uuid', (l) => l.caseId],
      law_reference: ['text', (l) => l.reference],
    }),
  );
  const proceedings = rows((w, caseId) => w.record.proceedings.map((p, seq) => ({ caseId, seq, ...p })));
  await insertColumns(
    tx,
    'proceedings',
    columnsOf(proceedings, {
      case_id: ['uuid', (p) => p.caseId],
      seq: ['int', (p) => p.seq],
      stage: ['text', (p) => p.stage],
      decision_date: ['date', (p) => p.date],
      court_name: ['text', (p) => p.court],
      place: ['text', (p) => p.place],
      outcome: ['text', (p) => p.outcome],
    }),
  );
  const defendants = rows((w, caseId) =>
    w.record.defendants.map((d, seq) => ({ caseId, seq, id: randomUUID(), ...d })),
  );
  await insertColumns(
    tx,
    'defendants',
    columnsOf(defendants, {
      id: ['uuid', (d) => d.id],
      case_id: ['uuid', (d) => d.caseId],
      seq: ['int', (d) => d.seq],
      name: ['text', (d) => d.name],
      legal_person: ['boolean', (d) => d.legalPerson],
      gender: ['text', (d) => d.gender],
      nationality_code: ['char(3)', (d) => d.nationality],
      age: ['int', (d) => d.age],
    }),
  );
  const charges = defendants.flatMap((d) => d.charges.map((c, seq) => ({ defendantId: d.id, seq, ...c })));
  await insertColumns(
    tx,
    'charges',
    columnsOf(charges, {
      defendant_id: ['uuid', (c) => c.defendantId],
      seq: ['int', (c) => c.seq],
      law_reference: ['text', (c) => c.law],
      verdict: ['text', (c) => c.verdict],
      sentence: ['text', (c) => c.sentence],
      prison_months: ['int', (c) => c.prisonMonths],
      sentence_kind: ['text', (c) => c.sentenceKind],
    }),
  );
  const victims = rows((w, caseId) => w.record.victims.map((v, seq) => ({ caseId, seq, ...v })));
  await insertColumns(
    tx,
    'victim_groups',
    columnsOf(victims, {
      case_id: ['uuid', (v) => v.caseId],
      seq: ['int', (v) => v.seq],
      name: ['text', (v) => v.name],
      count: ['int', (v) => v.count],
      gender: ['text', (v) => v.gender],
      child: ['boolean', (v) => v.child],
      nationality_code: ['char(3)', (v) => v.nationality],
    }),
  );
  const cooperation = rows((w, caseId) => w.record.cooperation.map((x, seq) => ({ caseId, seq, ...x })));
  await insertColumns(
    tx,
    'cooperation_acts',
    columnsOf(cooperation, {
      case_id: ['uuid', (x) => x.caseId],
      seq: ['int', (x) => x.seq],
      type: ['text', (x) => x.type],
      counterpart_code: ['char(3)', (x) => x.counterpart],
      legal_basis_article_id: ['text', (x) => x.legalBasis],
      description: ['text', (x) => x.description],
    }),
  );
  // The cited cases' documents follow (their cited-by counts), those cited now through recordSearchChanges.
  await recordSearchChanges(tx, 'case', [...upserted.map((r) => r.id), ...uncited]);
  return outcomes;
}
