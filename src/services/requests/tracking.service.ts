import { type DataSource } from 'typeorm';
import { CooperationRequest } from '../../entities';
import { type RequestFilter } from '../../schema/request.types';
import { RequestAction, type RequestReminder } from '../../schema/request-tracking.types';
import { badInput } from '../errors';
import { columnList, mapRows, SqlParams } from '../sql';
import { type Viewer } from '../viewer';
import { type ReferenceService } from '../reference.service';
import { readableRequestsSql, requestAccess } from './request-access';
import { requestFilterSql } from './request-filter';

const MAX_ITEMS = 200;

/**
 * Tracking of open requests, computed in SQL from each request's status and its last event: the reminder list
 * (what waits on whom, since when) and the overdue list (open requests past their due date). A viewer reads the
 * requests of its State (the secretariat every request); anyone else gets an empty list, as with `requests`.
 */
export class RequestTrackingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  async reminders(viewer: Viewer, options: { overdueOnly?: boolean | null; first?: number | null; filter?: RequestFilter | null }): Promise<RequestReminder[]> {
    const first = options.first ?? 50;
    if (!Number.isInteger(first) || first < 0 || first > MAX_ITEMS) throw badInput('first', first, `a whole number from 0 to ${MAX_ITEMS}`);
    const access = await requestAccess(this.dataSource, viewer);
    const params = new SqlParams();
    const readable = [readableRequestsSql(access, (v) => params.add(v)), ...(await requestFilterSql(this.reference, options.filter, params))].join(' AND ');
    // What the request waits for: a draft is to be sent; an open question for information waits on the requesting
    // State; a request sent and not yet acknowledged nor received waits on the requested State's acknowledgement;
    // anything else open waits on its execution by the requested State.
    const sql = `
      SELECT ${columnList(this.dataSource, CooperationRequest, 'r')}, x.action, x.since::text AS since,
             CASE WHEN x.action IN ('SEND', 'SUPPLY_INFORMATION') THEN r.requesting_state ELSE r.requested_state END AS waiting_on,
             (r.due_on IS NOT NULL AND r.due_on < CURRENT_DATE) AS overdue
      FROM cooperation_requests r
      LEFT JOIN LATERAL (
        SELECT e.type, e.occurred_on FROM request_events e
        WHERE e.request_id = r.id AND e.type <> 'NOTE' ORDER BY e.id DESC LIMIT 1
      ) last ON TRUE
      CROSS JOIN LATERAL (SELECT
        CASE WHEN r.status = 'DRAFT' THEN 'SEND'
             WHEN last.type = 'ADDITIONAL_INFORMATION_REQUESTED' THEN 'SUPPLY_INFORMATION'
             WHEN r.status = 'SENT' AND last.type = 'SENT' THEN 'ACKNOWLEDGE'
             ELSE 'EXECUTE' END AS action,
        COALESCE(last.occurred_on, r.created_at::date) AS since) x
      WHERE r.status IN ('DRAFT', 'SENT', 'RECEIVED', 'IN_EXECUTION') AND ${readable}
        ${options.overdueOnly ? `AND r.due_on < CURRENT_DATE` : ''}
      ORDER BY (r.due_on IS NULL), r.due_on, x.since, r.id
      LIMIT ${params.add(first)}`;
    const rows: Record<string, unknown>[] = await this.dataSource.query(sql, params.values);
    const requests = mapRows(this.dataSource, CooperationRequest, rows);
    return rows.map((row, i) => {
      const waitingOn = String(row.waiting_on).trim();
      return {
        request: requests[i],
        action: row.action as RequestAction,
        waitingOn,
        waitingOnUs: access.state !== null && waitingOn === access.state,
        since: (row.since as string | null) ?? null,
        dueOn: requests[i].dueOn,
        overdue: Boolean(row.overdue),
      };
    });
  }
}
