import { type RequestFilter } from '../../schema/request.types';
import { badInput } from '../errors';
import { type ReferenceService } from '../reference.service';
import { type SqlParams } from '../sql';

/**
 * SQL conditions on alias `r` (cooperation_requests) for a RequestFilter: the one reading of the filter shared by
 * the request list and the reminder lists. Values go through `params`; the counterpart State is taken by code or
 * name and named in the error when unknown.
 */
export async function requestFilterSql(
  reference: ReferenceService,
  filter: RequestFilter | null | undefined,
  params: SqlParams,
): Promise<string[]> {
  const where: string[] = [];
  if (!filter) return where;
  if (filter.direction) where.push(`r.direction = ${params.add(filter.direction)}`);
  if (filter.statuses?.length) where.push(`r.status = ANY(${params.add(filter.statuses)}::text[])`);
  if (filter.kinds?.length) where.push(`r.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter.counterpart) {
    const [code] = (await reference.countryCodes('filter.counterpart', [filter.counterpart]))!;
    const p = params.add(code);
    where.push(
      `((r.direction = 'OUTGOING' AND r.requested_state = ${p}) OR (r.direction = 'INCOMING' AND r.requesting_state = ${p}))`,
    );
  }
  if (filter.caseReference) {
    if (filter.caseReference.length > 128)
      throw badInput('filter.caseReference', filter.caseReference, 'give a case reference (at most 128 characters)');
    where.push(`r.case_id IN (SELECT id FROM cases WHERE reference = ${params.add(filter.caseReference)})`);
  }
  return where;
}
