import { type DataSource, type EntityManager } from 'typeorm';
import { type WriteOutcome, writeCases } from '../../../ingest/load/case-writer';
import { writeLaws } from '../../../ingest/load/law-writer';
import { type NormalizedCase, type NormalizedLaw, type RecordOrigin } from '../../../ingest/load/normalized';
import { type Validated, validateCaseRecord } from '../../../ingest/validate/case-record';
import { validateLawRecord } from '../../../ingest/validate/law-record';
import { type Vocabulary } from '../../../ingest/vocabulary';
import { RecordStatus } from '../../entities';
import { recordSearchChanges } from '../../search/sync';
import { RecordAction } from '../../entities/record-event.entity';
import { type Actor, recordAudit } from '../audit.service';
import { type ReferenceService } from '../reference.service';
import { badInput, forbidden, invalidRecord, notFound } from '../errors';
import { isReviewer, type Viewer, visibleRecordsSql } from '../viewer';
import { mayEdit, mayTake, mayWriteFor } from './editorial-policy';
import { appendHistory } from './record-history';
import { type RecordKind, snapshotRecord } from './record-snapshot';
import { type ReviewStep, TRANSITIONS } from './workflow';

/** Per kind of record: the validator and the writer ingest uses — one implementation of each, shared. */
interface KindSpec {
  table: 'cases' | 'laws';
  validate(raw: unknown, vocabulary: Vocabulary): Validated<NormalizedCase | NormalizedLaw>;
  write(tx: EntityManager, record: NormalizedCase | NormalizedLaw, origin: RecordOrigin, vocabulary: Vocabulary): Promise<WriteOutcome>;
}

const KINDS: Record<RecordKind, KindSpec> = {
  case: {
    table: 'cases',
    validate: validateCaseRecord,
    write: async (tx, record, origin, vocabulary) =>
      (await writeCases(tx, [{ record: record as NormalizedCase, origin }], { publish: false, keywordIds: vocabulary.keywordIds }))[0],
  },
  law: {
    table: 'laws',
    validate: validateLawRecord,
    write: async (tx, record, origin) => (await writeLaws(tx, [{ record: record as NormalizedLaw, origin }], { publish: false }))[0],
  },
};

interface LockedRecord {
  id: string;
  status: RecordStatus;
  jurisdictionCode: string;
  visible: boolean;
}

export const MAX_REASON_LENGTH = 2000;

/**
 * Cases and laws written through the API: drafts created and edited by contributors for their jurisdictions and
 * by the secretariat, and the review steps of the workflow (workflow.ts). Input goes through the validators and
 * normalizers of ingest and is stored by the same writers. Every write appends to the record's history and to
 * the audit log, in the write's transaction. A caller that may not read a record gets the same FORBIDDEN
 * whether it exists or not.
 */
export class EditorialService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  private vocab(): Promise<Vocabulary> {
    return this.reference.normalizers();
  }

  private async validated(kind: RecordKind, input: unknown): Promise<NormalizedCase | NormalizedLaw> {
    const result = KINDS[kind].validate(input, await this.vocab());
    if (!result.ok) throw invalidRecord(`The ${kind}`, result.errors);
    return result.value;
  }

  /** A new draft. Returns its reference. */
  async createDraft(viewer: Viewer, actor: Actor, kind: RecordKind, input: unknown): Promise<string> {
    const record = await this.validated(kind, input);
    if (!mayWriteFor(viewer, record.country)) throw forbidden(`You may not write ${kind}s for ${record.country}${writableHint(viewer)}`);
    // Contributors name their records within their jurisdiction's references, so the uniqueness check below can
    // only ever meet records of that jurisdiction: it cannot be used to learn which references others hold.
    if (!isReviewer(viewer) && !record.reference.startsWith(`${record.country}-`)) {
      throw badInput('reference', record.reference, `references of ${record.country} ${kind}s start with "${record.country}-" (e.g. ${record.country}-2024-001)`);
    }
    const vocabulary = await this.vocab();
    const spec = KINDS[kind];
    await this.dataSource.transaction(async (tx) => {
      // Serializes creations of the same reference, so two of them cannot both pass the check below.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${kind}:${record.reference}`]);
      // The same answer whether the record holding the reference is one the caller may read or not.
      const [taken] = await tx.query(`SELECT 1 FROM ${spec.table} WHERE reference = $1`, [record.reference]);
      if (taken) throw badInput('reference', record.reference, `choose another reference: this one is not available (references are unique and stable)`);
      await spec.write(tx, record, mutationOrigin(actor), vocabulary);
      // An UPDATE … RETURNING answers [rows, count] through TypeORM.
      const [[{ id }]]: [{ id: string }[], number] = await tx.query(
        `UPDATE ${spec.table} SET created_by = $2 WHERE reference = $1 RETURNING id`,
        [record.reference, viewer.userId],
      );
      await appendHistory(tx, { kind, recordId: id, action: RecordAction.CREATED, status: RecordStatus.DRAFT, actor });
      await recordAudit(tx, actor, {
        action: `${kind}.create`, entityType: kind, entityId: record.reference, after: await snapshotRecord(tx, kind, id),
      });
    });
    return record.reference;
  }

  /** Replaces a record's content with the input (the whole record, as ingest reads it). Returns its reference. */
  async update(viewer: Viewer, actor: Actor, kind: RecordKind, reference: string, input: Record<string, unknown>): Promise<string> {
    const given = input.reference;
    if (given !== undefined && given !== null && given !== reference) {
      throw badInput('input.reference', given, `leave it out or repeat "${reference}": a record's reference does not change`);
    }
    const record = await this.validated(kind, { ...input, reference });
    const vocabulary = await this.vocab();
    const spec = KINDS[kind];
    await this.dataSource.transaction(async (tx) => {
      const current = await this.lock(tx, viewer, kind, reference);
      if (!mayEdit(viewer, current)) {
        throw forbidden(
          mayWriteFor(viewer, current.jurisdictionCode)
            ? `The ${kind} "${reference}" is ${current.status}: contributors change drafts only`
            : `You may not change ${kind}s of ${current.jurisdictionCode}${writableHint(viewer)}`,
        );
      }
      if (!mayWriteFor(viewer, record.country)) throw forbidden(`You may not move the ${kind} to ${record.country}${writableHint(viewer)}`);
      const before = await snapshotRecord(tx, kind, current.id);
      const outcome = await spec.write(tx, record, mutationOrigin(actor), vocabulary);
      if (outcome === 'unchanged') return;
      await appendHistory(tx, { kind, recordId: current.id, action: RecordAction.UPDATED, status: current.status, actor });
      await recordAudit(tx, actor, {
        action: `${kind}.update`, entityType: kind, entityId: reference, before, after: await snapshotRecord(tx, kind, current.id),
      });
    });
    return reference;
  }

  /** Takes a review step (submit, approve, reject, requestChanges, withdraw). Returns the record's reference. */
  async review(viewer: Viewer, actor: Actor, kind: RecordKind, reference: string, step: ReviewStep, reason?: string | null): Promise<string> {
    const transition = TRANSITIONS[step];
    const note = reason?.trim() || null;
    if (transition.needsReason && !note) throw badInput('reason', reason ?? null, `give the reason for ${step} (it is shown to the record's editors)`);
    if (note && note.length > MAX_REASON_LENGTH) throw badInput('reason', note, `give at most ${MAX_REASON_LENGTH} characters`);
    await this.dataSource.transaction(async (tx) => {
      const current = await this.lock(tx, viewer, kind, reference);
      if (!mayTake(viewer, transition, current)) {
        throw forbidden(transition.by === 'reviewer' ? `Only the secretariat may ${step} a ${kind}` : `You may not ${step} ${kind}s of ${current.jurisdictionCode}`);
      }
      if (!transition.from.includes(current.status)) {
        throw badInput('reference', reference, `${step} applies to ${transition.from.join(' or ')} ${kind}s; "${reference}" is ${current.status}`);
      }
      const reviewNote = transition.needsReason ? note : null;
      await tx.query(
        `UPDATE ${KINDS[kind].table} SET status = $2::text, review_note = $3, updated_at = now(),
           published_at = CASE WHEN $2::text = 'PUBLISHED' THEN now() ELSE published_at END
         WHERE id = $1`,
        [current.id, transition.to, reviewNote],
      );
      // Publication and withdrawal change what the public searches: the index follows in this transaction.
      await recordSearchChanges(tx, kind, [current.id]);
      await appendHistory(tx, { kind, recordId: current.id, action: transition.action, status: transition.to, actor, note });
      await recordAudit(tx, actor, {
        action: `${kind}.${step}`, entityType: kind, entityId: reference,
        before: { status: current.status }, after: { status: transition.to, ...(note ? { reason: note } : {}) },
      });
    });
    return reference;
  }

  /**
   * Locks the record for the rest of the transaction. A reviewer asking for a missing record gets NOT_FOUND;
   * anyone else gets FORBIDDEN for a record that is missing or that they may not read alike.
   */
  private async lock(tx: EntityManager, viewer: Viewer, kind: RecordKind, reference: string): Promise<LockedRecord> {
    if (typeof reference !== 'string' || reference.length === 0 || reference.length > 128) {
      throw badInput('reference', reference, 'give the reference of an existing record (at most 128 characters)');
    }
    const rows: LockedRecord[] = await tx.query(
      `SELECT r.id, r.status, r.jurisdiction_code AS "jurisdictionCode", (${visibleRecordsSql('r', viewer)}) AS visible
       FROM ${KINDS[kind].table} r WHERE r.reference = $1 FOR UPDATE`,
      [reference],
    );
    const record = rows[0];
    if (record?.visible) return record;
    if (isReviewer(viewer)) throw notFound(kind, reference);
    throw forbidden(`You may not change the ${kind} "${reference}": it is not among the records you may edit`);
  }
}

function mutationOrigin(actor: Actor): RecordOrigin {
  return { origin: 'mutation', file: null, line: null, runId: actor.requestId };
}

function writableHint(viewer: Viewer): string {
  return viewer.jurisdictions.length ? ` (you write for ${viewer.jurisdictions.join(', ')})` : '';
}
