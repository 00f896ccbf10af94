import { type DataSource } from 'typeorm';
import { type Authority, type AuthorityPerson, Jurisdiction } from '../entities';
import { type DirectoryService } from '../services/directory/directory.service';
import { mapRows } from '../services/sql';
import { manyLoader, oneLoader } from './batch';
import { type LoaderScope } from './lazy';

export interface AccessLoaderServices {
  dataSource: DataSource;
  directory: DirectoryService;
}

type Scope = LoaderScope<AccessLoaderServices>;

/** Loaders of the directory and of accounts (per request, batched like the others), by name. */
export const accessLoaders = {
  authority: ({ services: { directory } }: Scope) =>
    oneLoader<string, Authority>(
      (ids) => directory.byIds(ids),
      (a) => a.id,
    ),
  authoritiesOfJurisdiction: ({ services: { directory } }: Scope) =>
    manyLoader<string, Authority>(
      (codes) => directory.ofJurisdictions(codes),
      (a) => a.jurisdictionCode,
    ),
  personsOfAuthority: ({ services: { directory } }: Scope) =>
    manyLoader<string, AuthorityPerson>(
      (ids) => directory.personsOf(ids),
      (p) => p.authorityId,
    ),
  networksOfJurisdiction: ({ services: { directory } }: Scope) =>
    manyLoader<string, { code: string; network: string }>(
      (codes) => directory.networksOf(codes),
      (n) => n.code,
    ),
  jurisdictionsOfUser: ({ services: { dataSource } }: Scope) =>
    manyLoader<string, Jurisdiction & { userId: string }>(
      async (userIds) => {
        const rows: Record<string, unknown>[] = await dataSource.query(
          `SELECT uj.user_id, j.* FROM user_jurisdictions uj JOIN jurisdictions j ON j.code = uj.jurisdiction_code
           WHERE uj.user_id = ANY($1::uuid[]) ORDER BY j.name`,
          [userIds],
        );
        return mapRows(dataSource, Jurisdiction, rows).map((j, i) =>
          Object.assign(j, { userId: rows[i].user_id as string }),
        );
      },
      (j) => j.userId,
    ),
};
