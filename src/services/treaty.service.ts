import { type DataSource } from 'typeorm';
import { type CooperationKind, Treaty, TreatyParty } from '../entities';
import { type Page } from '../schema/pagination';
import { libraryPages, type LibraryTable } from './library-pages';
import { type ReferenceService } from './reference.service';
import { mapRows, type SqlParams } from './sql';

export interface TreatyFilterInput {
  parties?: string[] | null;
  kinds?: CooperationKind[] | null;
}

export interface TreatyListArgs {
  filter?: TreatyFilterInput | null;
  first?: number | null;
  after?: string | null;
}

/** What a list of treaties can be scoped by when nested under another record. */
export type TreatyScopeKey = 'party';

const SCOPES: Record<TreatyScopeKey, string> = {
  party: `EXISTS (SELECT 1 FROM treaty_parties sp WHERE sp.treaty_id = t.id AND sp.jurisdiction_code = s.key)`,
};

const TABLE: LibraryTable = { entity: Treaty, table: 'treaties', alias: 't', orderKind: 'treaty:TITLE_ASC' };

/** A treaty as it stands between two States on a given day, for the legal-basis advice. */
export interface TreatyBetween {
  treaty: Treaty;
  /** The date from which it binds both (the later of the two parties' dates), or null when it does not yet. */
  inForceBetweenOn: string | null;
}

/** Treaties on cooperation in criminal matters and their parties. Public reference data. */
export class TreatyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  byReference(reference: string): Promise<Treaty | null> {
    return this.dataSource.getRepository(Treaty).findOneBy({ reference: reference.trim() });
  }

  async list(args: TreatyListArgs): Promise<Page<Treaty>> {
    const parties = await this.reference.countryCodes('filter.parties', args.filter?.parties);
    const kinds = args.filter?.kinds?.length ? [...new Set(args.filter.kinds)] : undefined;
    const [page] = await this.pages(null, [''], { parties, kinds }, args);
    return page;
  }

  pages(
    scope: TreatyScopeKey | null,
    keys: string[],
    criteria: { parties?: string[]; kinds?: CooperationKind[] },
    args: { first?: number | null; after?: string | null },
  ): Promise<Page<Treaty>[]> {
    const conditions = (params: SqlParams) => {
      const where: string[] = [];
      // Every State named must be a party (a filter on two States finds the treaties between them).
      for (const code of criteria.parties ?? []) {
        where.push(`EXISTS (SELECT 1 FROM treaty_parties p WHERE p.treaty_id = t.id AND p.jurisdiction_code = ${params.add(code)})`);
      }
      if (criteria.kinds?.length) where.push(`t.kinds && ${params.add(criteria.kinds)}::text[]`);
      return where;
    };
    return libraryPages<Treaty>(this.dataSource, TABLE, conditions, scope ? SCOPES[scope] : null, keys, args);
  }

  /** Parties of the given treaties, in record order. */
  partiesOf(treatyIds: readonly string[]): Promise<TreatyParty[]> {
    return this.dataSource
      .getRepository(TreatyParty)
      .createQueryBuilder('p')
      .where('p.treaty_id = ANY(:ids)', { ids: treatyIds })
      .orderBy('p.seq')
      .getMany();
  }

  /**
   * The treaties both States are parties to that cover `kind`, with the date from which each binds them both:
   * a party's own date of entry into force, else the treaty's; the later of the two States' dates.
   */
  async between(a: string, b: string, kind: CooperationKind): Promise<TreatyBetween[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT t.*, CASE WHEN pa.on IS NULL OR pb.on IS NULL THEN NULL ELSE greatest(pa.on, pb.on) END AS between_on
         FROM treaties t
         JOIN LATERAL (SELECT coalesce(p.in_force_on, t.in_force_on) AS on FROM treaty_parties p
                        WHERE p.treaty_id = t.id AND p.jurisdiction_code = $1) pa ON true
         JOIN LATERAL (SELECT coalesce(p.in_force_on, t.in_force_on) AS on FROM treaty_parties p
                        WHERE p.treaty_id = t.id AND p.jurisdiction_code = $2) pb ON true
        WHERE $3 = ANY(t.kinds)
        ORDER BY CASE t.scope WHEN 'BILATERAL' THEN 0 WHEN 'REGIONAL' THEN 1 ELSE 2 END, lower(t.title)`,
      [a, b, kind],
    );
    const treaties = mapRows<Treaty>(this.dataSource, Treaty, rows);
    return rows.map((row, i) => ({ treaty: treaties[i], inForceBetweenOn: (row.between_on as string | null) ?? null }));
  }
}
