import { type EntityManager } from 'typeorm';
import { type NormalizedRequest, type NormalizedRequestEvent } from '../validate/request-record';
import { insertColumnsWithArrays } from './array-columns';
import { contentHash, type WriteResult } from './bulk';
import { type RecordOrigin } from './normalized';

export interface RequestWrite {
  record: NormalizedRequest;
  origin: RecordOrigin;
}

/** The key a request is upserted by: its State and that State's reference. */
export const requestKey = (r: Pick<NormalizedRequest, 'owningState' | 'reference'>) => `${r.owningState}:${r.reference}`;

const sameEvent = (a: NormalizedRequestEvent, b: StoredEvent) =>
  a.date === b.date && a.type === b.type && (a.note ?? null) === (b.note ?? null)
  && [...a.refusalGrounds].sort().join() === [...b.refusal_grounds].sort().join();

interface StoredEvent {
  request_id: string;
  date: string;
  type: string;
  note: string | null;
  refusal_grounds: string[];
}

/**
 * Upserts a batch of a register's requests by (owning State, reference), with a fixed number of statements.
 * A request the file does not change, and nobody changed in the portal since it was loaded, is not touched.
 * Events are append-only: a re-load appends the events the file adds after those stored; a file whose events
 * disagree with the stored ones (changed, removed, or recorded in the portal since) rejects its row, naming the
 * first difference, and nothing of that request changes. A case or treaty reference that does not resolve
 * rejects its row too.
 */
export async function writeRequests(tx: EntityManager, batch: RequestWrite[], options: { sample?: boolean } = {}): Promise<WriteResult[]> {
  const keys = batch.map((w) => requestKey(w.record));
  const hashes = batch.map((w) => contentHash(options.sample ? { ...w.record, sample: true } : w.record));
  const caseRefs = [...new Set(batch.map((w) => w.record.case).filter((c): c is string => Boolean(c)))];
  const treatyRefs = [...new Set(batch.map((w) => w.record.legalBasisTreaty).filter((t): t is string => Boolean(t)))];
  // One after the other: the transaction is one connection, which runs one statement at a time.
  const cases: { id: string; reference: string }[] = caseRefs.length
    ? await tx.query(`SELECT id, reference FROM cases WHERE reference = ANY($1::text[])`, [caseRefs])
    : [];
  const treaties: { id: string; reference: string; parties: string[] }[] = treatyRefs.length
    ? await tx.query(
      `SELECT t.id, t.reference, array_agg(p.jurisdiction_code::text) AS parties FROM treaties t
         JOIN treaty_parties p ON p.treaty_id = t.id WHERE t.reference = ANY($1::text[]) GROUP BY t.id`, [treatyRefs])
    : [];
  const existing: { id: string; key: string; content_hash: string | null; untouched: boolean }[] = await tx.query(
    `SELECT id, owner_state || ':' || register_reference AS key, content_hash, updated_at = ingested_at AS untouched
       FROM cooperation_requests WHERE owner_state || ':' || register_reference = ANY($1::text[]) FOR UPDATE`,
    [keys],
  );
  const caseId = new Map(cases.map((c) => [c.reference, c.id]));
  const treatyOf = new Map(treaties.map((t) => [t.reference, t]));
  const before = new Map(existing.map((e) => [e.key, e]));
  const storedEvents = new Map<string, StoredEvent[]>();
  if (existing.length) {
    const rows: StoredEvent[] = await tx.query(
      `SELECT request_id, to_char(occurred_on, 'YYYY-MM-DD') AS date, type, note, refusal_grounds::text[] AS refusal_grounds
         FROM request_events WHERE request_id = ANY($1::uuid[]) ORDER BY request_id, id`,
      [existing.map((e) => e.id)],
    );
    for (const row of rows) storedEvents.set(row.request_id, [...(storedEvents.get(row.request_id) ?? []), row]);
  }

  const lastIndex = new Map(keys.map((k, i) => [k, i]));
  const toWrite: number[] = [];
  const newEvents = new Map<number, NormalizedRequestEvent[]>();
  const results = batch.map((w, i): WriteResult => {
    if (lastIndex.get(keys[i]) !== i) return 'unchanged'; // the last occurrence in a batch wins
    const r = w.record;
    if (r.case && !caseId.has(r.case)) {
      return { errors: [{ field: 'case', value: r.case, message: 'is not the reference of a case in the portal: give a case reference as shown on its page, or leave it out' }] };
    }
    if (r.legalBasisTreaty) {
      const treaty = treatyOf.get(r.legalBasisTreaty);
      if (!treaty) return { errors: [{ field: 'legalBasisTreaty', value: r.legalBasisTreaty, message: 'is not the reference of a treaty in the portal (load it with --kind treaty first)' }] };
      if (!treaty.parties.includes(r.requestingState) || !treaty.parties.includes(r.requestedState)) {
        return { errors: [{ field: 'legalBasisTreaty', value: r.legalBasisTreaty, message: `is not a treaty to which both ${r.requestingState} and ${r.requestedState} are parties` }] };
      }
    }
    const row = before.get(keys[i]);
    if (!row) {
      newEvents.set(i, r.events);
      return (toWrite.push(i), 'created');
    }
    if (row.content_hash === hashes[i] && row.untouched) return 'unchanged';
    const stored = storedEvents.get(row.id) ?? [];
    const differs = stored.findIndex((e, j) => j >= r.events.length || !sameEvent(r.events[j], e));
    if (differs >= 0) {
      const e = stored[differs];
      const message = differs >= r.events.length
        ? `list ${stored.length} events for this request (the portal holds ${stored.length}, the file ${r.events.length}): events are never removed; add the events recorded since to the register`
        : `differ from the stored events at events[${differs}] (stored: ${e.date} ${e.type}): events are never changed or removed; add new events after the stored ones`;
      return { errors: [{ field: differs >= r.events.length ? 'events' : `events[${differs}]`, value: `${r.events.length} events`, message }] };
    }
    newEvents.set(i, r.events.slice(stored.length));
    return (toWrite.push(i), 'updated');
  });
  if (toWrite.length === 0) return results;

  const writes = toWrite.map((i) => batch[i]);
  const now = new Date().toISOString();
  const col = (type: string, pick: (w: RequestWrite, i: number) => unknown) => ({ type, values: writes.map(pick) });
  const r = (w: RequestWrite) => w.record;
  const upserted = await insertColumnsWithArrays<{ id: string; key: string }>(
    tx,
    'cooperation_requests',
    {
      register_reference: col('text', (w) => r(w).reference),
      counterpart_reference: col('text', (w) => r(w).counterpartReference),
      // `reference` is the requesting authority's file reference, as the request writer keeps it.
      reference: col('text', (w) => (r(w).direction === 'OUTGOING' ? r(w).reference : r(w).counterpartReference)),
      kind: col('text', (w) => r(w).kind),
      direction: col('text', (w) => r(w).direction),
      status: col('text', (w) => r(w).status),
      requesting_state: col('char(3)', (w) => r(w).requestingState),
      requested_state: col('char(3)', (w) => r(w).requestedState),
      case_id: col('uuid', (w) => (r(w).case ? caseId.get(r(w).case!) : null)),
      forms: col('text[]', (w) => r(w).content.forms),
      measures: col('jsonb', (w) => JSON.stringify(r(w).content.measures)),
      offences: col('jsonb', (w) => JSON.stringify(r(w).content.offences)),
      crime_type_codes: col('text[]', (w) => r(w).content.crimeTypeCodes),
      subject: col('text', (w) => r(w).content.subject),
      legal_basis: col('text', (w) => r(w).legalBasis),
      legal_basis_treaty_id: col('uuid', (w) => (r(w).legalBasisTreaty ? treatyOf.get(r(w).legalBasisTreaty!)!.id : null)),
      legal_basis_detail: col('text', (w) => r(w).legalBasisDetail),
      sent_on: col('date', (w) => r(w).sentOn),
      received_on: col('date', (w) => r(w).receivedOn),
      due_on: col('date', (w) => r(w).dueOn),
      completed_on: col('date', (w) => r(w).completedOn),
      outcome: col('text', (w) => (['EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN'].includes(r(w).status) ? r(w).status : null)),
      refusal_grounds: col('text[]', (w) => r(w).refusalGrounds),
      note: col('text', (w) => r(w).note),
      provenance: col('jsonb', (w) => JSON.stringify({ origin: 'ingest', ...w.origin, at: now })),
      content_hash: col('text', (_w, i) => hashes[toWrite[i]]),
      is_sample: col('boolean', () => Boolean(options.sample)),
      ingested_at: col('timestamptz', () => now),
      updated_at: col('timestamptz', () => now),
    },
    `ON CONFLICT (owner_state, register_reference) DO UPDATE SET
       counterpart_reference = EXCLUDED.counterpart_reference, reference = EXCLUDED.reference, kind = EXCLUDED.kind,
       direction = EXCLUDED.direction, status = EXCLUDED.status, requesting_state = EXCLUDED.requesting_state,
       requested_state = EXCLUDED.requested_state, case_id = EXCLUDED.case_id, forms = EXCLUDED.forms,
       measures = EXCLUDED.measures, offences = EXCLUDED.offences, crime_type_codes = EXCLUDED.crime_type_codes,
       subject = EXCLUDED.subject, legal_basis = EXCLUDED.legal_basis, legal_basis_treaty_id = EXCLUDED.legal_basis_treaty_id,
       legal_basis_detail = EXCLUDED.legal_basis_detail, sent_on = EXCLUDED.sent_on, received_on = EXCLUDED.received_on,
       due_on = EXCLUDED.due_on, completed_on = EXCLUDED.completed_on, outcome = EXCLUDED.outcome,
       refusal_grounds = EXCLUDED.refusal_grounds, note = EXCLUDED.note, provenance = EXCLUDED.provenance,
       content_hash = EXCLUDED.content_hash, is_sample = EXCLUDED.is_sample, ingested_at = EXCLUDED.ingested_at,
       updated_at = EXCLUDED.updated_at
     RETURNING id, owner_state || ':' || register_reference AS key`,
  );
  const idOf = new Map(upserted.map((u) => [u.key, u.id]));
  // Events carry the status each left, as recordRequestEvent stores it.
  const events = toWrite.flatMap((i) => {
    const record = batch[i].record;
    const added = newEvents.get(i) ?? [];
    const author = `register of ${record.owningState}${batch[i].origin.file ? ` (${batch[i].origin.file})` : ''}`;
    return added.map((e) => ({ requestId: idOf.get(keys[i])!, author, ...e }));
  });
  await insertColumnsWithArrays(tx, 'request_events', {
    request_id: { type: 'uuid', values: events.map((e) => e.requestId) },
    occurred_on: { type: 'date', values: events.map((e) => e.date) },
    type: { type: 'text', values: events.map((e) => e.type) },
    author: { type: 'text', values: events.map((e) => e.author) },
    note: { type: 'text', values: events.map((e) => e.note) },
    refusal_grounds: { type: 'text[]', values: events.map((e) => e.refusalGrounds) },
    status_after: { type: 'text', values: events.map((e) => e.statusAfter) },
  });
  return results;
}
