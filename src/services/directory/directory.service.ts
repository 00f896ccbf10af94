import { type DataSource, type EntityManager } from 'typeorm';
import { Role } from '../../auth/roles';
import { Authority, AuthorityPerson, AuthorityProposal, ProposalStatus } from '../../entities';
import { decodeCursor, encodeCursor, type Page, pageSize } from '../../schema/pagination';
import { type Actor, recordAudit } from '../audit.service';
import { badInput, forbidden, invalidRecord, notFound } from '../errors';
import { fetchKeysetPages } from '../keyset-pages';
import { type ReferenceService } from '../reference.service';
import { SqlParams } from '../sql';
import { isReviewer, type Viewer } from '../viewer';
import { type AuthorityChanges, type AuthorityFields, validateAuthority } from './authority-record';
import { type DirectoryEntry, type ExportFormat, renderDirectory } from './directory-export';

/** Scalar fields of a directory record and their columns (contact and persons are handled on their own). */
const COLUMNS = {
  country: 'jurisdiction_code',
  name: 'name',
  kinds: 'kinds',
  designations: 'designations',
  officeHours: 'office_hours',
  timeZone: 'time_zone',
  languages: 'languages',
  documentsRequired: 'documents_required',
  formats: 'formats',
  channels: 'channels',
  interpolAccepted: 'interpol_accepted',
  urgentProcedure: 'urgent_procedure',
  comments: 'comments',
} as const satisfies Partial<Record<keyof AuthorityFields, string>>;

const CONTACT_COLUMNS = { email: 'contact_email', phone: 'contact_phone', fax: 'contact_fax', address: 'contact_address', website: 'contact_website' } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_NETWORKS = 50;
const PROPOSALS_ORDER = 'proposal:CREATED_ASC';

/**
 * The directory of competent national authorities. Anyone reads that an authority exists; its restricted fields
 * are guarded field by field in the schema. The secretariat creates, changes and removes records, decides on
 * the changes authorities propose to their own record, sets the cooperation networks of States, and exports the
 * directory. Every write is audited with the record before and after.
 */
export class DirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  /** Every authority, or those of one State, by State then name. */
  async list(country?: string | null): Promise<Authority[]> {
    const query = this.dataSource
      .getRepository(Authority)
      .createQueryBuilder('a')
      .innerJoin('jurisdictions', 'j', 'j.code = a.jurisdiction_code')
      .orderBy('j.name', 'ASC')
      .addOrderBy('a.name', 'ASC');
    if (country !== undefined && country !== null) query.where('a.jurisdiction_code = :code', { code: await this.countryCode(country) });
    return query.getMany();
  }

  ofJurisdictions(codes: readonly string[]): Promise<Authority[]> {
    return this.dataSource
      .getRepository(Authority)
      .createQueryBuilder('a')
      .where('a.jurisdiction_code = ANY(:codes)', { codes })
      .orderBy('a.name')
      .getMany();
  }

  byIds(ids: readonly string[]): Promise<Authority[]> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(Authority).createQueryBuilder('a').where('a.id = ANY(:ids)', { ids: valid }).getMany();
  }

  personsOf(authorityIds: readonly string[]): Promise<AuthorityPerson[]> {
    return this.dataSource
      .getRepository(AuthorityPerson)
      .createQueryBuilder('p')
      .where('p.authority_id = ANY(:ids)', { ids: authorityIds })
      .orderBy('p.seq')
      .getMany();
  }

  /** Cooperation networks of several States, in one statement. */
  async networksOf(codes: readonly string[]): Promise<{ code: string; network: string }[]> {
    return this.dataSource.query(
      `SELECT jurisdiction_code::text AS code, network FROM jurisdiction_networks WHERE jurisdiction_code = ANY($1::char(3)[]) ORDER BY network`,
      [codes],
    );
  }

  async create(viewer: Viewer, actor: Actor, input: unknown): Promise<Authority> {
    requireReviewer(viewer, 'create directory records');
    const validated = validateAuthority(input, await this.reference.normalizers(), 'create');
    if (!validated.ok) throw invalidRecord('The authority', validated.errors);
    return this.dataSource.transaction(async (tx) => {
      const [{ id }] = await tx.query(`INSERT INTO authorities (jurisdiction_code, name) VALUES ($1, $2) RETURNING id`, [
        validated.value.country,
        validated.value.name,
      ]);
      await applyChanges(tx, id, validated.value);
      const after = await snapshot(tx, id);
      await recordAudit(tx, actor, { action: 'authority.create', entityType: 'authority', entityId: id, after });
      return tx.getRepository(Authority).findOneByOrFail({ id });
    });
  }

  async update(viewer: Viewer, actor: Actor, id: string, input: unknown): Promise<Authority> {
    requireReviewer(viewer, 'change directory records');
    const changes = await this.changes(input);
    return this.dataSource.transaction(async (tx) => {
      const before = await this.lockAuthority(tx, id);
      await applyChanges(tx, id, changes);
      await recordAudit(tx, actor, { action: 'authority.update', entityType: 'authority', entityId: id, before, after: await snapshot(tx, id) });
      return tx.getRepository(Authority).findOneByOrFail({ id });
    });
  }

  async remove(viewer: Viewer, actor: Actor, id: string): Promise<boolean> {
    requireReviewer(viewer, 'remove directory records');
    return this.dataSource.transaction(async (tx) => {
      const before = await this.lockAuthority(tx, id);
      await tx.query(`DELETE FROM authorities WHERE id = $1`, [id]);
      await recordAudit(tx, actor, { action: 'authority.remove', entityType: 'authority', entityId: id, before });
      return true;
    });
  }

  /** An authority account proposes changes to its own record; they wait for the secretariat. */
  async propose(viewer: Viewer, actor: Actor, input: unknown): Promise<AuthorityProposal> {
    if (viewer.role !== Role.AUTHORITY || !viewer.authorityId) {
      throw forbidden('Only authority accounts propose changes to their own directory record');
    }
    const changes = await this.changes(input);
    if (changes.country !== undefined) {
      throw badInput('input.country', changes.country, "leave it out: the State of a record is changed by the secretariat only");
    }
    return this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO authority_proposals (authority_id, changes, proposed_by_id, proposed_by) VALUES ($1, $2::jsonb, $3, $4) RETURNING id`,
        [viewer.authorityId, JSON.stringify(changes), actor.userId, actor.label],
      );
      await recordAudit(tx, actor, {
        action: 'authority.propose', entityType: 'authority-proposal', entityId: row.id, after: { authorityId: viewer.authorityId, changes },
      });
      return tx.getRepository(AuthorityProposal).findOneByOrFail({ id: row.id });
    });
  }

  /** The secretariat approves (the changes are applied) or rejects (with a reason) a pending proposal. */
  async decide(viewer: Viewer, actor: Actor, proposalId: string, decision: 'approve' | 'reject', reason?: string | null): Promise<AuthorityProposal> {
    requireReviewer(viewer, 'decide on proposed changes');
    const note = reason?.trim() || null;
    if (decision === 'reject' && !note) throw badInput('reason', reason ?? null, 'give the reason for the rejection (the authority reads it)');
    if (note && note.length > 2000) throw badInput('reason', note, 'give at most 2000 characters');
    if (!UUID.test(proposalId)) throw notFound('proposal', proposalId);
    return this.dataSource.transaction(async (tx) => {
      const proposal = await tx.getRepository(AuthorityProposal).findOne({ where: { id: proposalId }, lock: { mode: 'pessimistic_write' } });
      if (!proposal) throw notFound('proposal', proposalId);
      if (proposal.status !== ProposalStatus.PENDING) {
        throw badInput('id', proposalId, `decide on PENDING proposals; this one is ${proposal.status}`);
      }
      const status = decision === 'approve' ? ProposalStatus.APPROVED : ProposalStatus.REJECTED;
      if (decision === 'approve') {
        const before = await this.lockAuthority(tx, proposal.authorityId);
        await applyChanges(tx, proposal.authorityId, proposal.changes as AuthorityChanges);
        await recordAudit(tx, actor, {
          action: 'authority.update', entityType: 'authority', entityId: proposal.authorityId, before,
          after: await snapshot(tx, proposal.authorityId),
        });
      }
      await tx.query(
        `UPDATE authority_proposals SET status = $2, reviewed_by_id = $3, reviewed_by = $4, reviewed_at = now(), reason = $5 WHERE id = $1`,
        [proposalId, status, actor.userId, actor.label, note],
      );
      await recordAudit(tx, actor, {
        action: `authority-proposal.${decision}`, entityType: 'authority-proposal', entityId: proposalId,
        before: { status: proposal.status }, after: { status, ...(note ? { reason: note } : {}) },
      });
      return tx.getRepository(AuthorityProposal).findOneByOrFail({ id: proposalId });
    });
  }

  /** Proposals, oldest first: all of them for the secretariat, its own record's for an authority account. */
  async proposals(viewer: Viewer, args: { status?: ProposalStatus | null; first?: number | null; after?: string | null }): Promise<Page<AuthorityProposal>> {
    const first = pageSize(args.first);
    const conditions = (params: SqlParams) => {
      const where: string[] = [];
      if (!isReviewer(viewer)) {
        if (viewer.role !== Role.AUTHORITY || !viewer.authorityId) throw forbidden('Only the secretariat and authority accounts read proposals');
        where.push(`p.authority_id = ${params.add(viewer.authorityId)}::uuid`);
      }
      if (args.status) where.push(`p.status = ${params.add(args.status)}`);
      return where;
    };
    const params = new SqlParams();
    const where = conditions(params);
    let keyset: string | null = null;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, PROPOSALS_ORDER, ['timestamp', 'uuid']);
      keyset = `(p.created_at, p.id) > (${params.add(at)}::timestamptz, ${params.add(id)}::uuid)`;
    }
    const [page] = await fetchKeysetPages<AuthorityProposal>(
      this.dataSource,
      {
        entity: AuthorityProposal, table: 'authority_proposals', alias: 'p', where, scope: null,
        orderBy: 'p.created_at ASC, p.id ASC', keyset, params, first, after: Boolean(args.after),
        cursorOf: (row) => encodeCursor(PROPOSALS_ORDER, [new Date(row.created_at as string).toISOString(), row.id as string]),
      },
      [''],
      async () => {
        const countParams = new SqlParams();
        const countWhere = conditions(countParams);
        const [{ n }] = await this.dataSource.query(
          `SELECT count(*) AS n FROM authority_proposals p ${countWhere.length ? `WHERE ${countWhere.join(' AND ')}` : ''}`,
          countParams.values,
        );
        return new Map([['', Number(n)]]);
      },
    );
    return page;
  }

  /** Replaces the cooperation networks a State belongs to. */
  async setNetworks(viewer: Viewer, actor: Actor, country: string, networks: string[]): Promise<string[]> {
    requireReviewer(viewer, 'set cooperation networks');
    const code = await this.countryCode(country);
    if (networks.length > MAX_NETWORKS) throw badInput('networks', `${networks.length} networks`, `give at most ${MAX_NETWORKS}`);
    const names = [...new Set(networks.map((n) => n.trim().replace(/\s+/g, ' ')))];
    const bad = names.find((n) => n.length === 0 || n.length > 200);
    if (bad !== undefined) throw badInput('networks', bad, 'name each network in 1 to 200 characters (e.g. European Judicial Network)');
    return this.dataSource.transaction(async (tx) => {
      const before = (await tx.query(`SELECT network FROM jurisdiction_networks WHERE jurisdiction_code = $1 ORDER BY 1`, [code])).map(
        (r: { network: string }) => r.network,
      );
      await tx.query(`DELETE FROM jurisdiction_networks WHERE jurisdiction_code = $1`, [code]);
      if (names.length) {
        await tx.query(`INSERT INTO jurisdiction_networks (jurisdiction_code, network) SELECT $1, unnest($2::text[])`, [code, names]);
      }
      const after = [...names].sort();
      await recordAudit(tx, actor, { action: 'jurisdiction.networks', entityType: 'jurisdiction', entityId: code, before, after });
      return after;
    });
  }

  /** The whole directory, restricted fields included, for the printed handbook: the secretariat's only. */
  async export(viewer: Viewer, actor: Actor, format: ExportFormat): Promise<string> {
    requireReviewer(viewer, 'export the directory');
    const rows: DirectoryEntry[] = await this.dataSource.query(`
      SELECT a.id, a.jurisdiction_code AS "countryCode", j.name AS "countryName", a.name, a.kinds, a.designations,
             a.contact_email AS "contactEmail", a.contact_phone AS "contactPhone", a.contact_fax AS "contactFax",
             a.contact_address AS "contactAddress", a.contact_website AS "contactWebsite",
             a.office_hours AS "officeHours", a.time_zone AS "timeZone", a.languages, a.documents_required AS "documentsRequired",
             a.formats, a.channels, a.interpol_accepted AS "interpolAccepted", a.urgent_procedure AS "urgentProcedure", a.comments,
             ARRAY(SELECT n.network FROM jurisdiction_networks n WHERE n.jurisdiction_code = a.jurisdiction_code ORDER BY 1) AS "regionalNetworks",
             (SELECT r.convention_as_extradition_basis FROM ratifications r
               WHERE r.jurisdiction_code = a.jurisdiction_code AND r.instrument_code = 'UNTOC') AS "conventionAsExtraditionBasis",
             COALESCE((SELECT jsonb_agg(jsonb_build_object('name', p.name, 'title', p.title, 'email', p.email, 'phone', p.phone,
                 'languages', p.languages) ORDER BY p.seq) FROM authority_persons p WHERE p.authority_id = a.id), '[]'::jsonb) AS persons,
             a.updated_at AS "updatedAt"
      FROM authorities a JOIN jurisdictions j ON j.code = a.jurisdiction_code
      ORDER BY j.name, a.name, a.id`);
    // Reading every contact detail at once is itself worth a trace.
    await recordAudit(this.dataSource.manager, actor, {
      action: 'directory.export', entityType: 'directory', entityId: null, after: { format, authorities: rows.length },
    });
    return renderDirectory(rows, format);
  }

  /** A State given by code or name, as ingest reads it ("ITA", "Italy"). */
  private async countryCode(country: string): Promise<string> {
    const normalized = (await this.reference.normalizers()).country(country);
    if (!normalized.ok) throw badInput('country', country, normalized.error);
    return normalized.value;
  }

  private async changes(input: unknown): Promise<AuthorityChanges> {
    const validated = validateAuthority(input, await this.reference.normalizers(), 'change');
    if (!validated.ok) throw invalidRecord('The changes', validated.errors);
    return validated.value;
  }

  /** Locks a record and returns its state before a change. */
  private async lockAuthority(tx: EntityManager, id: string): Promise<Record<string, unknown>> {
    if (!UUID.test(id)) throw notFound('authority', id);
    const [row] = await tx.query(`SELECT id FROM authorities WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw notFound('authority', id);
    return snapshot(tx, id);
  }
}

function requireReviewer(viewer: Viewer, what: string): void {
  if (!isReviewer(viewer)) throw forbidden(`Only the secretariat may ${what}`);
}

/** Applies validated changes to a record: the fields given, contact and persons replaced when given. */
async function applyChanges(tx: EntityManager, id: string, changes: AuthorityChanges): Promise<void> {
  const params = new SqlParams();
  const sets: string[] = [];
  for (const [field, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    if (changes[field] !== undefined) sets.push(`${column} = ${params.add(changes[field])}`);
  }
  if (changes.contact !== undefined) {
    for (const [field, column] of Object.entries(CONTACT_COLUMNS) as [keyof typeof CONTACT_COLUMNS, string][]) {
      sets.push(`${column} = ${params.add(changes.contact?.[field] ?? null)}`);
    }
  }
  if (sets.length) {
    await tx.query(`UPDATE authorities SET ${sets.join(', ')}, updated_at = now() WHERE id = ${params.add(id)}::uuid`, params.values);
  }
  if (changes.persons !== undefined) {
    const persons = changes.persons ?? [];
    await tx.query(`DELETE FROM authority_persons WHERE authority_id = $1`, [id]);
    if (persons.length) {
      await tx.query(
        `INSERT INTO authority_persons (authority_id, seq, name, title, email, phone, languages)
         SELECT $1, p.seq, p.name, p.title, p.email, p.phone, ARRAY(SELECT jsonb_array_elements_text(p.languages))
         FROM jsonb_to_recordset($2::jsonb) AS p(seq int, name text, title text, email text, phone text, languages jsonb)`,
        [id, JSON.stringify(persons.map((p, seq) => ({ seq, ...p })))],
      );
    }
    if (!sets.length) await tx.query(`UPDATE authorities SET updated_at = now() WHERE id = $1`, [id]);
  }
}

/** A record with its persons, as the audit log keeps it. */
async function snapshot(tx: EntityManager, id: string): Promise<Record<string, unknown>> {
  const [row] = await tx.query(
    `SELECT to_jsonb(a) - 'created_at' - 'updated_at' || jsonb_build_object('persons', COALESCE((
       SELECT jsonb_agg(to_jsonb(p) - 'id' - 'authority_id' - 'seq' ORDER BY p.seq) FROM authority_persons p WHERE p.authority_id = a.id), '[]'::jsonb)) AS snapshot
     FROM authorities a WHERE a.id = $1`,
    [id],
  );
  return row.snapshot;
}
