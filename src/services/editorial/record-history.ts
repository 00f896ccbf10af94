import { type EntityManager } from 'typeorm';
import { type RecordStatus } from '../../entities';
import { type RecordAction } from '../../entities/record-event.entity';
import { type Actor } from '../audit.service';
import { type RecordKind } from './record-snapshot';

/** Appends a step to a record's history (the table is append-only, like the audit log). */
export async function appendHistory(
  tx: EntityManager,
  step: { kind: RecordKind; recordId: string; action: RecordAction; status: RecordStatus; actor: Actor; note?: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO record_history (record_type, record_id, action, status, actor_id, actor, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [step.kind, step.recordId, step.action, step.status, step.actor.userId, step.actor.label, step.note ?? null],
  );
}
