import { type DataSource, type EntityManager } from 'typeorm';
import {
  Authority, Case, CLOSED_STATUSES, CooperationKind, CooperationRequest, DesignationBasis, RequestDirection,
  RequestEvent, RequestEventType, RequestKind, RequestOutcome, RequestStatus, Treaty,
} from '../../entities';
import { type RequestEventInput, type RequestFilter, type RequestInput } from '../../schema/request.types';
import { decodeCursor, encodeCursor, type Page, pageSize } from '../../schema/pagination';
import { isIsoDate } from '../../schema/date.scalar';
import { type Actor, recordAudit } from '../audit.service';
import { badInput, DomainError, DomainErrorCode, type FieldProblem, invalidRecord, notFound } from '../errors';
import { fetchKeysetPages } from '../keyset-pages';
import { type LegalBasisAdviceValue, type LegalBasisService } from '../legal-basis.service';
import { type ReferenceService } from '../reference.service';
import { SqlParams } from '../sql';
import { type Viewer, visibleRecordsSql } from '../viewer';
import { type Completeness, completeness } from './completeness';
import { draftFromCase, requestingAuthorityOf } from './prefill';
import { buildRequestDocument } from './request-document';
import { renderDocx } from './request-docx';
import { renderPdf } from './request-pdf';
import { assertWriter, mayRead, ownerState, readableRequestsSql, refusal, requestAccess } from './request-access';
import { checkRecord, normalizeContent, type RequestPatch, WRITER_KINDS } from './request-content';
import { eventDateProblem, eventGroundsProblem, eventMove, MAX_EVENT_NOTE } from './request-lifecycle';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ORDER_KIND = 'request:CREATED_DESC';
const COOPERATION_KIND: Partial<Record<RequestKind, CooperationKind>> = {
  [RequestKind.MUTUAL_LEGAL_ASSISTANCE]: CooperationKind.MUTUAL_LEGAL_ASSISTANCE,
  [RequestKind.EXTRADITION]: CooperationKind.EXTRADITION,
};
const DESIGNATION: Partial<Record<RequestKind, DesignationBasis>> = {
  [RequestKind.MUTUAL_LEGAL_ASSISTANCE]: DesignationBasis.UNTOC_ART_18,
  [RequestKind.EXTRADITION]: DesignationBasis.UNTOC_ART_16,
};

export interface RequestListArgs {
  filter?: RequestFilter | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Requests for mutual legal assistance and extradition: drafted in the writer (pre-filled from a case and the
 * directory), checked for completeness, sent, and tracked to their closure through events. Every write is
 * audited in its own transaction; bad input stores nothing. Access: src/services/requests/request-access.ts.
 */
export class RequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
    private readonly legalBasis: LegalBasisService,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  /** One request, for a viewer who may read it; the same refusal whether it exists or not. */
  async byId(viewer: Viewer, id: string): Promise<CooperationRequest | null> {
    if (!UUID.test(id)) throw badInput('id', id, 'give the id of a request (a UUID)');
    const access = await requestAccess(this.dataSource, viewer);
    const request = await this.dataSource.getRepository(CooperationRequest).findOneBy({ id });
    if (access.readsAll) return request;
    if (!request || !mayRead(access, request)) throw refusal(viewer);
    return request;
  }

  /** The viewer's requests, newest first; anyone else gets an empty list, not an error. */
  async list(viewer: Viewer, args: RequestListArgs): Promise<Page<CooperationRequest>> {
    const first = pageSize(args.first);
    const access = await requestAccess(this.dataSource, viewer);
    const conditions = async (params: SqlParams) => [readableRequestsSql(access, (v) => params.add(v)), ...(await this.filterSql(args.filter, params))];
    const params = new SqlParams();
    const where = await conditions(params);
    let keyset: string | null = null;
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, ORDER_KIND, ['timestamp', 'uuid']);
      keyset = `(date_trunc('milliseconds', r.created_at), r.id) < (${params.add(createdAt)}::timestamptz, ${params.add(id)}::uuid)`;
    }
    const [page] = await fetchKeysetPages<CooperationRequest>(
      this.dataSource,
      {
        entity: CooperationRequest, table: 'cooperation_requests', alias: 'r', where, scope: null,
        orderBy: `date_trunc('milliseconds', r.created_at) DESC, r.id DESC`, keyset,
        cursorOf: (row) => encodeCursor(ORDER_KIND, [(row.created_at as Date).toISOString(), row.id as string]),
        params, first, after: Boolean(args.after),
      },
      [''],
      async () => {
        const countParams = new SqlParams();
        const countWhere = await conditions(countParams);
        const rows: { n: string }[] = await this.dataSource.query(
          `SELECT count(*) AS n FROM cooperation_requests r WHERE ${countWhere.join(' AND ')}`,
          countParams.values,
        );
        return new Map([['', Number(rows[0].n)]]);
      },
    );
    return page;
  }

  private async filterSql(filter: RequestFilter | null | undefined, params: SqlParams): Promise<string[]> {
    const where: string[] = [];
    if (!filter) return where;
    if (filter.direction) where.push(`r.direction = ${params.add(filter.direction)}`);
    if (filter.statuses?.length) where.push(`r.status = ANY(${params.add(filter.statuses)}::text[])`);
    if (filter.kinds?.length) where.push(`r.kind = ANY(${params.add(filter.kinds)}::text[])`);
    if (filter.counterpart) {
      const [code] = (await this.reference.countryCodes('filter.counterpart', [filter.counterpart]))!;
      const p = params.add(code);
      where.push(`((r.direction = 'OUTGOING' AND r.requested_state = ${p}) OR (r.direction = 'INCOMING' AND r.requesting_state = ${p}))`);
    }
    if (filter.caseReference) {
      if (filter.caseReference.length > 128) throw badInput('filter.caseReference', filter.caseReference, 'give a case reference (at most 128 characters)');
      where.push(`r.case_id IN (SELECT id FROM cases WHERE reference = ${params.add(filter.caseReference)})`);
    }
    return where;
  }

  /** Drafts a request (outgoing) or records one received (incoming), pre-filled from a case when one is named. */
  async create(viewer: Viewer, actor: Actor, input: RequestInput): Promise<CooperationRequest> {
    const access = await requestAccess(this.dataSource, viewer);
    const state = assertWriter(viewer, access);
    const problems: FieldProblem[] = [];
    const required = <T>(field: keyof RequestInput, value: T | null | undefined): value is T => {
      if (value === null || value === undefined) problems.push({ field, value: null, message: 'is required to create a request' });
      return value !== null && value !== undefined;
    };
    required('kind', input.kind);
    required('direction', input.direction);
    required('requestingState', input.requestingState);
    required('requestedState', input.requestedState);
    if (input.kind && !WRITER_KINDS.includes(input.kind)) {
      problems.push({ field: 'kind', value: input.kind, message: 'is not drafted here: use MUTUAL_LEGAL_ASSISTANCE or EXTRADITION' });
    }
    if (problems.length) throw invalidRecord('The request', problems);
    const requestingState = await this.state('requestingState', input.requestingState!);
    const requestedState = await this.state('requestedState', input.requestedState!);
    const request = this.dataSource.getRepository(CooperationRequest).create({
      kind: input.kind!, direction: input.direction!, requestingState, requestedState,
      status: input.direction === RequestDirection.INCOMING ? RequestStatus.RECEIVED : RequestStatus.DRAFT,
      measures: [], offences: [], persons: [], forms: [], crimeTypeCodes: [], refusalGrounds: [], urgent: false, confidential: false,
      createdBy: viewer.userId, authorityId: viewer.authorityId,
    });
    if (ownerState(request) !== state) {
      throw invalidRecord('The request', [{
        field: input.direction === RequestDirection.OUTGOING ? 'requestingState' : 'requestedState',
        value: input.direction === RequestDirection.OUTGOING ? requestingState : requestedState,
        message: `is not your State (${state}): an authority records the requests its own State sends (OUTGOING) or receives (INCOMING)`,
      }]);
    }
    // Pre-fill: the viewer's own directory record, then the case; what the input gives wins.
    const authority = viewer.authorityId ? await this.dataSource.getRepository(Authority).findOneBy({ id: viewer.authorityId }) : null;
    if (authority && request.direction === RequestDirection.OUTGOING) Object.assign(request, requestingAuthorityOf(authority));
    if (input.fromCase !== undefined && input.fromCase !== null) Object.assign(request, await this.fromCase(viewer, input.fromCase, request.kind));
    if (request.direction === RequestDirection.OUTGOING && !input.language) {
      request.language = (await this.acceptedLanguages(request))[0] ?? null;
    }
    await this.apply(request, input);
    if (request.direction === RequestDirection.INCOMING) request.receivedOn ??= this.today();
    this.check(request);
    return this.dataSource.transaction(async (tx) => {
      const saved = await tx.getRepository(CooperationRequest).save(request);
      if (saved.direction === RequestDirection.INCOMING) {
        await this.appendEvent(tx, actor, saved, RequestEventType.RECEIVED, saved.receivedOn!, null, []);
      }
      await recordAudit(tx, actor, { action: 'request.create', entityType: 'request', entityId: saved.id, after: snapshot(saved) });
      return saved;
    });
  }

  /** Changes a request's content: the fields given replace the stored ones. Closed and sent requests keep theirs. */
  async update(viewer: Viewer, actor: Actor, id: string, input: RequestInput): Promise<CooperationRequest> {
    if (!UUID.test(id)) throw badInput('id', id, 'give the id of a request (a UUID)');
    const access = await requestAccess(this.dataSource, viewer);
    const state = assertWriter(viewer, access);
    return this.dataSource.transaction(async (tx) => {
      const request = await tx.getRepository(CooperationRequest).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!request || ownerState(request) !== state) throw refusal(viewer);
      const before = snapshot(request);
      const editable = request.direction === RequestDirection.OUTGOING ? request.status === RequestStatus.DRAFT : !CLOSED_STATUSES.includes(request.status);
      const content = Object.entries(input).filter(([k, v]) => v !== undefined && k !== 'dueOn').map(([k]) => k);
      if (!editable && content.length) {
        throw badInput(content[0], (input as Record<string, unknown>)[content[0]],
          `the request is ${request.status}: its content no longer changes (record an event instead)`);
      }
      for (const field of ['kind', 'direction'] as const) {
        if (input[field] !== undefined && input[field] !== null && input[field] !== request[field]) {
          throw badInput(field, input[field], `a request keeps its ${field} (${request[field]}): draft a new request instead`);
        }
      }
      if (input.requestingState) request.requestingState = await this.state('requestingState', input.requestingState);
      if (input.requestedState) request.requestedState = await this.state('requestedState', input.requestedState);
      if (ownerState(request) !== state) {
        throw badInput(request.direction === RequestDirection.OUTGOING ? 'requestingState' : 'requestedState', ownerState(request),
          `a request stays with its State (${state})`);
      }
      if (input.fromCase !== undefined && input.fromCase !== null) {
        const filled = await this.fromCase(viewer, input.fromCase, request.kind);
        for (const [key, value] of Object.entries(filled) as [keyof CooperationRequest, unknown][]) {
          const current = request[key];
          const empty = current === null || current === undefined || (Array.isArray(current) && current.length === 0);
          if (empty || key === 'caseId') (request as unknown as Record<string, unknown>)[key] = value;
        }
      }
      await this.apply(request, input);
      this.check(request);
      const saved = await tx.getRepository(CooperationRequest).save(request);
      await recordAudit(tx, actor, { action: 'request.update', entityType: 'request', entityId: saved.id, before, after: snapshot(saved) });
      return saved;
    });
  }

  /** Records what happened; events that move the status check the move (a send refuses an incomplete request). */
  async recordEvent(viewer: Viewer, actor: Actor, id: string, event: RequestEventInput): Promise<CooperationRequest> {
    if (!UUID.test(id)) throw badInput('id', id, 'give the id of a request (a UUID)');
    const access = await requestAccess(this.dataSource, viewer);
    const state = assertWriter(viewer, access);
    const date = event.date ?? this.today();
    if (!isIsoDate(date)) throw badInput('event.date', date, 'use a calendar date written YYYY-MM-DD');
    const future = eventDateProblem(date, this.today());
    if (future) throw badInput('event.date', date, future);
    if (event.note && event.note.length > MAX_EVENT_NOTE) throw badInput('event.note', `${event.note.length} characters`, `give at most ${MAX_EVENT_NOTE} characters`);
    return this.dataSource.transaction(async (tx) => {
      const request = await tx.getRepository(CooperationRequest).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!request || ownerState(request) !== state) throw refusal(viewer);
      const before = snapshot(request);
      const move = eventMove(request.status, request.direction, event.type);
      if (!move.ok) throw badInput('event.type', event.type, move.message);
      if (event.type === RequestEventType.SENT) {
        const { missing } = completeness(request);
        const essential = missing.filter((m) => m.essential);
        if (essential.length) {
          throw new DomainError(
            DomainErrorCode.BAD_USER_INPUT,
            `event.type: SENT is not accepted while an essential item is missing: ${essential.map((m) => `${m.field} (${m.message})`).join('; ')}`,
            { field: 'event.type', fieldErrors: essential.map((m) => ({ field: m.field, value: null, message: m.message })) },
          );
        }
      }
      const latest = [request.sentOn, request.receivedOn].filter((d): d is string => Boolean(d)).sort().pop();
      if (latest && date < latest && move.to !== null) {
        throw badInput('event.date', date, `dates must be in order: the request was ${request.receivedOn === latest ? 'received' : 'sent'} on ${latest}`);
      }
      const grounds = [...new Set(event.refusalGrounds ?? [])];
      const groundsProblem = eventGroundsProblem(event.type, grounds);
      if (groundsProblem) throw badInput('event.refusalGrounds', grounds, groundsProblem);
      if (move.to !== null) {
        request.status = move.to;
        if (event.type === RequestEventType.SENT) request.sentOn = date;
        if (event.type === RequestEventType.RECEIVED) request.receivedOn = date;
        if (CLOSED_STATUSES.includes(move.to)) {
          request.completedOn = date;
          request.outcome = move.to as unknown as RequestOutcome;
          request.refusalGrounds = grounds;
        }
      }
      this.check(request);
      const saved = await tx.getRepository(CooperationRequest).save(request);
      await this.appendEvent(tx, actor, saved, event.type, date, event.note?.trim() || null, grounds);
      await recordAudit(tx, actor, {
        action: `request.event.${event.type.toLowerCase()}`, entityType: 'request', entityId: saved.id, before, after: snapshot(saved),
      });
      return saved;
    });
  }

  /**
   * The request as a formal document (.docx for final editing, .pdf to read or print), for the viewers who read
   * the request. Each download is audited: the document carries the whole request.
   */
  async document(viewer: Viewer, actor: Actor, id: string, format: 'docx' | 'pdf'): Promise<{ filename: string; contentType: string; body: Buffer }> {
    const request = await this.byId(viewer, id);
    if (!request) throw notFound('Request', id);
    const [addressee, treaty, caseRows, { countries, crimeTypes }] = await Promise.all([
      this.addressee(request),
      request.legalBasisTreatyId ? this.dataSource.getRepository(Treaty).findOneBy({ id: request.legalBasisTreatyId }) : null,
      request.caseId ? this.dataSource.query(`SELECT reference FROM cases WHERE id = $1`, [request.caseId]) as Promise<{ reference: string }[]> : [],
      this.reference.labels(),
    ]);
    const model = buildRequestDocument({
      request, completeness: completeness(request), addressee, treaty, caseReference: caseRows[0]?.reference ?? null, today: this.today(),
      countryName: (code) => countries.get(code) ?? code, crimeTypeLabel: (code) => crimeTypes.get(code) ?? code,
    });
    const body = format === 'docx' ? await renderDocx(model) : await renderPdf(model);
    await this.dataSource.transaction((tx) =>
      recordAudit(tx, actor, { action: `request.document.${format}`, entityType: 'request', entityId: request.id }),
    );
    const kind = request.kind === RequestKind.EXTRADITION ? 'extradition' : 'mla';
    return {
      filename: `request-${kind}-${request.requestingState}-${request.requestedState}-${request.id.slice(0, 8)}.${format}`,
      contentType: format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/pdf',
      body,
    };
  }

  eventsOf(requestIds: readonly string[]): Promise<RequestEvent[]> {
    return this.dataSource.getRepository(RequestEvent).createQueryBuilder('e')
      .where('e.request_id = ANY(:ids)', { ids: requestIds }).orderBy('e.id').getMany();
  }

  completeness(request: CooperationRequest): Completeness {
    return completeness(request);
  }

  /** The requested State's authority for the kind: the one designated under the Convention's article first. */
  async addressee(request: CooperationRequest): Promise<Authority | null> {
    const candidates = await this.authoritiesFor(request);
    const designation = DESIGNATION[request.kind];
    return candidates.find((a) => designation && a.designations.includes(designation)) ?? candidates[0] ?? null;
  }

  private async authoritiesFor(request: CooperationRequest): Promise<Authority[]> {
    const all = await this.dataSource.getRepository(Authority).createQueryBuilder('a')
      .where('a.jurisdiction_code = :code', { code: request.requestedState }).orderBy('a.name').getMany();
    const forKind = all.filter((a) => a.kinds.includes(request.kind));
    return forKind.length ? forKind : all;
  }

  /** Languages the requested State's authorities accept for the kind (the directory's, restricted). */
  async acceptedLanguages(request: CooperationRequest): Promise<string[]> {
    return [...new Set((await this.authoritiesFor(request)).flatMap((a) => a.languages))];
  }

  advice(request: CooperationRequest): Promise<LegalBasisAdviceValue> | null {
    const kind = COOPERATION_KIND[request.kind];
    return kind ? this.legalBasis.advise(request.requestingState, request.requestedState, kind) : null;
  }

  /**
   * What the writer warns about: dual criminality (no provision of the requested State loaded for an offence's
   * crime type), a language the requested State does not accept, urgency or confidentiality without a reason.
   */
  async warnings(request: CooperationRequest): Promise<string[]> {
    const warnings: string[] = [];
    const { countries, crimeTypes } = await this.reference.labels();
    const B = countries.get(request.requestedState) ?? request.requestedState;
    const codes = [...new Set(request.offences.map((o) => o.crimeType).filter((c): c is string => Boolean(c)))];
    if (codes.length) {
      const rows: { code: string }[] = await this.dataSource.query(
        `SELECT DISTINCT lct.crime_type_code AS code FROM law_crime_types lct JOIN laws l ON l.id = lct.law_id
          WHERE l.jurisdiction_code = $1 AND l.status = 'PUBLISHED' AND lct.crime_type_code = ANY($2)`,
        [request.requestedState, codes],
      );
      const found = new Set(rows.map((r) => r.code));
      for (const code of codes.filter((c) => !found.has(c))) {
        warnings.push(
          `Dual criminality: no provision of ${B} on ${crimeTypes.get(code) ?? code} is loaded in the portal. Check that the conduct is an offence in ${B} too${request.kind === RequestKind.EXTRADITION ? ' (art. 16(1))' : ' (art. 18(9))'}; the portal's legislation may be incomplete.`,
        );
      }
    }
    const languages = await this.acceptedLanguages(request);
    if (request.language && languages.length && !languages.includes(request.language)) {
      warnings.push(`Language: ${B} accepts requests in ${languages.join(', ')}, not ${request.language}: send a certified translation (art. 18(14)).`);
    }
    if (request.urgent && !request.urgencyReason) warnings.push('The request is marked urgent without a reason: say why, and by when a reply is needed.');
    if (request.confidential && !request.confidentialityReason) warnings.push('The request is marked confidential without a reason: say why confidentiality is needed.');
    return warnings;
  }

  /** A State by code or name, as ingest and the other mutations take it. */
  private async state(field: string, value: string): Promise<string> {
    const normalized = (await this.reference.normalizers()).country(value.slice(0, 200));
    if (!normalized.ok) throw badInput(field, value, normalized.error);
    return normalized.value;
  }

  /** The case a draft starts from: one the viewer may read, by reference. */
  private async fromCase(viewer: Viewer, reference: string, kind: RequestKind): Promise<RequestPatch> {
    if (reference.length > 128) throw badInput('fromCase', reference, 'give a case reference (at most 128 characters)');
    const record = await this.dataSource.getRepository(Case).createQueryBuilder('c')
      .where('c.reference = :reference', { reference }).andWhere(visibleRecordsSql('c', viewer)).getOne();
    if (!record) throw badInput('fromCase', reference, 'give the reference of a case in the portal (e.g. as shown on its page)');
    return draftFromCase(this.dataSource, viewer, record, kind);
  }

  /** Applies the input's content (normalized) and the treaty reference; problems are refused, nothing stored. */
  private async apply(request: CooperationRequest, input: RequestInput): Promise<void> {
    const { patch, problems } = normalizeContent(input, await this.reference.normalizers());
    if (input.receivedOn !== undefined && input.receivedOn !== null && request.direction === RequestDirection.OUTGOING) {
      problems.push({ field: 'receivedOn', value: input.receivedOn, message: 'is set by a RECEIVED event for an outgoing request' });
    }
    if (problems.length) throw invalidRecord('The request', problems);
    Object.assign(request, patch);
    if (input.legalBasisTreaty !== undefined) {
      if (input.legalBasisTreaty === null || input.legalBasisTreaty.trim() === '') request.legalBasisTreatyId = null;
      else {
        const treaty = await this.dataSource.getRepository(Treaty).findOneBy({ reference: input.legalBasisTreaty.trim().slice(0, 128) });
        if (!treaty) throw badInput('legalBasisTreaty', input.legalBasisTreaty, 'give the reference of a treaty in the portal (see legalBasis)');
        const parties: { n: string }[] = await this.dataSource.query(
          `SELECT count(*) AS n FROM treaty_parties WHERE treaty_id = $1 AND jurisdiction_code IN ($2, $3)`,
          [treaty.id, request.requestingState, request.requestedState],
        );
        if (Number(parties[0].n) < 2) {
          throw badInput('legalBasisTreaty', input.legalBasisTreaty,
            `name a treaty to which both ${request.requestingState} and ${request.requestedState} are parties (see legalBasisAdvice)`);
        }
        request.legalBasisTreatyId = treaty.id;
      }
    }
    request.forms = request.measures.map((m) => m.form);
    request.crimeTypeCodes = [...new Set(request.offences.map((o) => o.crimeType).filter((c): c is string => Boolean(c)))];
  }

  private check(request: CooperationRequest): void {
    const problems = checkRecord(request, this.today());
    if (problems.length) throw invalidRecord('The request', problems);
  }

  private async appendEvent(
    tx: EntityManager, actor: Actor, request: CooperationRequest, type: RequestEventType, date: string, note: string | null, grounds: string[],
  ): Promise<void> {
    await tx.query(
      `INSERT INTO request_events (request_id, occurred_on, type, author, author_id, note, refusal_grounds, status_after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [request.id, date, type, actor.label, actor.userId, note, grounds, request.status],
    );
  }
}

/** The request as the audit log keeps it. */
function snapshot(r: CooperationRequest): Record<string, unknown> {
  const { creator: _c, authority: _a, case: _k, requesting: _r, requested: _d, legalBasisTreaty: _t, ...rest } = r;
  return rest;
}

