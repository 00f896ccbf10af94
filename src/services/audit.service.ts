import os from 'node:os';
import { type DataSource, type EntityManager } from 'typeorm';
import { AuditEntry } from '../entities';
import { decodeCursor, encodeCursor, type Page, pageSize } from '../schema/pagination';
import { badInput, forbidden } from './errors';
import { fetchKeysetPages } from './keyset-pages';
import { SqlParams } from './sql';
import { isReviewer, type Viewer } from './viewer';

/** Who writes: an account, or the operator of the command line. */
export interface Actor {
  userId: string | null;
  /** The account's email, or `cli:<os user>`. */
  label: string;
  requestId: string | null;
}

export function actorOf(viewer: Viewer, requestId: string | null = null): Actor {
  return { userId: viewer.userId, label: viewer.email ?? 'anonymous', requestId };
}

/** The operator of a `portal` command: `--as` when given, else the operating-system user. */
export function commandLineActor(as?: string | null): Actor {
  return { userId: null, label: `cli:${as?.trim() || os.userInfo().username}`, requestId: null };
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends to the audit log inside the caller's transaction, so a write and its audit entry commit or fail
 * together. Callers pass states without secrets (no password hash, no token).
 */
export async function recordAudit(tx: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (actor_id, actor, action, entity_type, entity_id, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8)`,
    [
      actor.userId,
      actor.label,
      record.action,
      record.entityType,
      record.entityId,
      record.before === undefined || record.before === null ? null : JSON.stringify(record.before),
      record.after === undefined || record.after === null ? null : JSON.stringify(record.after),
      actor.requestId,
    ],
  );
}

export interface AuditFilter {
  entityType?: string | null;
  entityId?: string | null;
  action?: string | null;
  actor?: string | null;
  from?: Date | null;
  to?: Date | null;
}

const ORDER_KIND = 'audit:ID_DESC';

/** Reads the audit log, newest first: the secretariat's only. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    viewer: Viewer,
    filter: AuditFilter | null | undefined,
    args: { first?: number | null; after?: string | null },
  ): Promise<Page<AuditEntry>> {
    if (!isReviewer(viewer)) throw forbidden('Only the secretariat reads the audit log');
    const first = pageSize(args.first);
    const params = new SqlParams();
    const where = conditions(filter, params);
    let keyset: string | null = null;
    if (args.after) {
      const [id] = decodeCursor(args.after, ORDER_KIND, ['bigint']);
      keyset = `a.id < ${params.add(id)}::bigint`;
    }
    const count = async () => {
      const countParams = new SqlParams();
      const countWhere = conditions(filter, countParams);
      const rows: { n: string }[] = await this.dataSource.query(
        `SELECT count(*) AS n FROM audit_log a ${countWhere.length ? `WHERE ${countWhere.join(' AND ')}` : ''}`,
        countParams.values,
      );
      return new Map([['', Number(rows[0].n)]]);
    };
    const [page] = await fetchKeysetPages<AuditEntry>(
      this.dataSource,
      {
        entity: AuditEntry, table: 'audit_log', alias: 'a', where, scope: null, orderBy: 'a.id DESC', keyset,
        cursorOf: (row) => encodeCursor(ORDER_KIND, [String(row.id)]), params, first, after: Boolean(args.after),
      },
      [''],
      count,
    );
    return page;
  }
}

/** WHERE conditions of an audit filter on alias `a`; every value is bounded and bound as a parameter. */
function conditions(filter: AuditFilter | null | undefined, params: SqlParams): string[] {
  const where: string[] = [];
  const text = (field: 'entityType' | 'entityId' | 'action' | 'actor', column: string, max: number) => {
    const value = filter?.[field];
    if (value === undefined || value === null) return;
    if (value.length > max) throw badInput(`filter.${field}`, value, `give at most ${max} characters`);
    where.push(`${column} = ${params.add(value)}`);
  };
  text('entityType', 'a.entity_type', 32);
  text('entityId', 'a.entity_id', 256);
  text('action', 'a.action', 64);
  text('actor', 'a.actor', 320);
  if (filter?.from) where.push(`a.at >= ${params.add(filter.from)}::timestamptz`);
  if (filter?.to) where.push(`a.at < ${params.add(filter.to)}::timestamptz`);
  return where;
}
