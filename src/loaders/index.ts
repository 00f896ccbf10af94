import DataLoader from 'dataloader';
import { type DataSource } from 'typeorm';
import {
  Article,
  Case,
  Charge,
  CooperationAct,
  Court,
  CrimeType,
  Defendant,
  IngestRejection,
  Instrument,
  Jurisdiction,
  Keyword,
  Law,
  LawProvision,
  Proceeding,
  Ratification,
  RecordEvent,
  type RequestEvent,
  VictimGroup,
} from '../entities';
import { type Page } from '../schema/pagination';
import { type CaseListArgs, type CaseScope, type CaseService } from '../services/case.service';
import { type Citation, type CitationPageArgs, type CitationService } from '../services/citation.service';
import { type RequestService } from '../services/requests/request.service';
import { type IngestRunPageArgs, type IngestRunService } from '../services/ingest-run.service';
import { type LawListArgs, type LawScope, type LawService } from '../services/law.service';
import { similarCases } from '../services/similar-cases';
import { mapRows } from '../services/sql';
import { type Viewer, visibleRecordsSql } from '../services/viewer';
import { type AccessLoaderServices, accessLoaders } from './access';
import { LoaderFamily, manyLoader, oneLoader } from './batch';
import { libraryLoaders, type LibraryLoaderServices } from './library';
import { primeCaseLinks } from './case-links';
import { lazyLoaders, type LoaderScope } from './lazy';
import { sentencingLoaders, type SentencingLoaderServices } from './sentencing';

export interface LoaderServices extends AccessLoaderServices, LibraryLoaderServices, SentencingLoaderServices {
  dataSource: DataSource;
  cases: CaseService;
  citations: CitationService;
  requests: RequestService;
  laws: LawService;
  ingestRuns: IngestRunService;
}

type Keyed<T> = T & { key: string };

type Scope = LoaderScope<LoaderServices>;

const repo = <T extends object>(services: LoaderServices, entity: new () => T) =>
  services.dataSource.getRepository(entity);
/** Rows of `entity` joined to a key column, mapped to entities with their key. */
async function keyed<T extends object>(
  services: LoaderServices,
  entity: new () => T,
  sql: string,
  keys: readonly unknown[],
) {
  const rows: Record<string, unknown>[] = await services.dataSource.query(sql, [keys]);
  const entities = mapRows<T>(services.dataSource, entity, rows);
  return entities.map((e, i) => Object.assign(e, { key: rows[i].key as string }) as Keyed<T>);
}

/**
 * The portal's DataLoaders, by name: every field that follows a link batches its keys into one statement, so the
 * number of statements of a query depends on its shape, never on the number of records it returns.
 */
const caseLoaders = {
  jurisdiction: ({ services }: Scope) =>
    oneLoader<string, Jurisdiction>(
      (codes) =>
        repo(services, Jurisdiction).createQueryBuilder('j').where('j.code = ANY(:codes)', { codes }).getMany(),
      (j) => j.code,
    ),
  instrument: ({ services }: Scope) =>
    oneLoader<string, Instrument>(
      (codes) => repo(services, Instrument).createQueryBuilder('i').where('i.code = ANY(:codes)', { codes }).getMany(),
      (i) => i.code,
    ),
  article: ({ services }: Scope) =>
    oneLoader<string, Article>(
      (ids) => repo(services, Article).createQueryBuilder('a').where('a.id = ANY(:ids)', { ids }).getMany(),
      (a) => a.id,
    ),
  court: ({ services }: Scope) =>
    oneLoader<string, Court>(
      (ids) => repo(services, Court).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids }).getMany(),
      (c) => c.id,
    ),
  caseById: ({ services, viewer }: Scope) =>
    oneLoader<string, Case>(
      (ids) =>
        repo(services, Case)
          .createQueryBuilder('c')
          .where('c.id = ANY(:ids)', { ids })
          .andWhere(visibleRecordsSql('c', viewer))
          .getMany(),
      (c) => c.id,
    ),
  lawById: ({ services, viewer }: Scope) =>
    oneLoader<string, Law>(
      (ids) =>
        repo(services, Law)
          .createQueryBuilder('l')
          .where('l.id = ANY(:ids)', { ids })
          .andWhere(visibleRecordsSql('l', viewer))
          .getMany(),
      (l) => l.id,
    ),
  lawByReference: ({ services, viewer }: Scope) =>
    oneLoader<string, Law>(
      (refs) => services.laws.byReferences(viewer, refs),
      (l) => l.reference,
    ),

  articlesOfInstrument: ({ services }: Scope) =>
    manyLoader<string, Article>(
      (codes) =>
        repo(services, Article)
          .createQueryBuilder('a')
          .where('a.instrument_code = ANY(:codes)', { codes })
          .orderBy('a.number', 'ASC')
          .getMany(),
      (a) => a.instrumentCode,
    ),
  articlesOfCase: ({ services }: Scope) =>
    manyLoader<string, Keyed<Article & { paragraph: string | null }>>(
      async (ids) => {
        const rows: Record<string, unknown>[] = await services.dataSource.query(
          `SELECT ca.case_id AS key, ca.paragraph, a.* FROM case_articles ca JOIN articles a ON a.id = ca.article_id
         JOIN instruments i ON i.code = a.instrument_code
         WHERE ca.case_id = ANY($1::uuid[]) ORDER BY array_position(ARRAY['UNTOC','TIP','SOM','FIREARMS'], i.code::text), a.number`,
          [ids],
        );
        return mapRows(services.dataSource, Article, rows).map((a, i) =>
          Object.assign(a, { key: rows[i].key as string, paragraph: rows[i].paragraph as string | null }),
        );
      },
      (a) => a.key,
    ),
  crimeTypesOfCase: ({ services }: Scope) =>
    manyLoader<string, Keyed<CrimeType>>(
      (ids) =>
        keyed(
          services,
          CrimeType,
          `SELECT cc.case_id AS key, t.* FROM case_crime_types cc JOIN crime_types t ON t.code = cc.crime_type_code
                        WHERE cc.case_id = ANY($1::uuid[]) ORDER BY t.label`,
          ids,
        ),
      (t) => t.key,
    ),
  keywordsOfCase: ({ services }: Scope) =>
    manyLoader<string, Keyed<Keyword>>(
      (ids) =>
        keyed(
          services,
          Keyword,
          `SELECT ck.case_id AS key, k.* FROM case_keywords ck JOIN keywords k ON k.id = ck.keyword_id
                      WHERE ck.case_id = ANY($1::uuid[]) ORDER BY k.category, k.label`,
          ids,
        ),
      (k) => k.key,
    ),
  lawReferencesOfCase: ({ services }: Scope) =>
    manyLoader<string, { key: string; reference: string }>(
      (ids) =>
        services.dataSource.query(
          `SELECT case_id AS key, law_reference AS reference FROM case_laws WHERE case_id = ANY($1::uuid[]) ORDER BY law_reference`,
          [ids],
        ),
      (r) => r.key,
    ),
  citedReferencesOfCase: ({ services }: Scope) =>
    manyLoader<string, { key: string; reference: string }>(
      (ids) =>
        services.dataSource.query(
          `SELECT citing_case_id AS key, cited_reference AS reference FROM case_citations
            WHERE citing_case_id = ANY($1::uuid[]) ORDER BY cited_reference`,
          [ids],
        ),
      (r) => r.key,
    ),
  proceedingsOfCase: ({ services }: Scope) =>
    manyLoader<string, Proceeding>(
      (ids) =>
        repo(services, Proceeding)
          .createQueryBuilder('p')
          .where('p.case_id = ANY(:ids)', { ids })
          .orderBy('p.seq')
          .getMany(),
      (p) => p.caseId,
    ),
  defendantsOfCase: ({ services }: Scope) =>
    manyLoader<string, Defendant>(
      (ids) =>
        repo(services, Defendant)
          .createQueryBuilder('d')
          .where('d.case_id = ANY(:ids)', { ids })
          .orderBy('d.seq')
          .getMany(),
      (d) => d.caseId,
    ),
  chargesOfDefendant: ({ services }: Scope) =>
    manyLoader<string, Charge>(
      (ids) =>
        repo(services, Charge)
          .createQueryBuilder('c')
          .where('c.defendant_id = ANY(:ids)', { ids })
          .orderBy('c.seq')
          .getMany(),
      (c) => c.defendantId,
    ),
  victimsOfCase: ({ services }: Scope) =>
    manyLoader<string, VictimGroup>(
      (ids) =>
        repo(services, VictimGroup).createQueryBuilder('v').where('v.case_id = ANY(:ids)', { ids }).orderBy('v.seq').addOrderBy('v.id').getMany(),
      (v) => v.caseId,
    ),
  cooperationOfCase: ({ services }: Scope) =>
    manyLoader<string, CooperationAct>(
      (ids) =>
        repo(services, CooperationAct)
          .createQueryBuilder('x')
          .where('x.case_id = ANY(:ids)', { ids })
          .orderBy('x.seq')
          .addOrderBy('x.id')
          .getMany(),
      (x) => x.caseId,
    ),
  ratificationsOfJurisdiction: ({ services }: Scope) =>
    manyLoader<string, Ratification>(
      (codes) =>
        repo(services, Ratification)
          .createQueryBuilder('r')
          .where('r.jurisdiction_code = ANY(:codes)', { codes })
          // The Convention first, then the Protocols.
          .orderBy(`array_position(ARRAY['UNTOC','TIP','SOM','FIREARMS']::varchar[], r.instrument_code)`)
          .getMany(),
      (r) => r.jurisdictionCode,
    ),
  provisionsOfLaw: ({ services }: Scope) =>
    manyLoader<string, LawProvision>(
      (ids) =>
        repo(services, LawProvision)
          .createQueryBuilder('p')
          .where('p.law_id = ANY(:ids)', { ids })
          .orderBy('p.seq')
          .getMany(),
      (p) => p.lawId,
    ),
  articlesOfProvision: ({ services }: Scope) =>
    manyLoader<string, Keyed<Article>>(
      (ids) =>
        keyed(
          services,
          Article,
          `SELECT pa.provision_id AS key, a.* FROM provision_articles pa JOIN articles a ON a.id = pa.article_id
                      WHERE pa.provision_id = ANY($1::uuid[]) ORDER BY a.instrument_code, a.number`,
          ids,
        ),
      (a) => a.key,
    ),
  crimeTypesOfLaw: ({ services }: Scope) =>
    manyLoader<string, Keyed<CrimeType>>(
      (ids) =>
        keyed(
          services,
          CrimeType,
          `SELECT lc.law_id AS key, t.* FROM law_crime_types lc JOIN crime_types t ON t.code = lc.crime_type_code
                        WHERE lc.law_id = ANY($1::uuid[]) ORDER BY t.label`,
          ids,
        ),
      (t) => t.key,
    ),

  historyOf: ({ services }: Scope) =>
    manyLoader<{ kind: 'case' | 'law'; id: string }, Keyed<RecordEvent>, string>(
      async (records) => {
        const rows: Record<string, unknown>[] = await services.dataSource.query(
          `SELECT h.record_type || ':' || h.record_id AS key, h.* FROM record_history h
         JOIN unnest($1::text[], $2::uuid[]) AS r(kind, id) ON h.record_type = r.kind AND h.record_id = r.id
         ORDER BY h.id`,
          [records.map((r) => r.kind), records.map((r) => r.id)],
        );
        return mapRows(services.dataSource, RecordEvent, rows).map((e, i) =>
          Object.assign(e, { key: rows[i].key as string }),
        );
      },
      (e) => e.key,
      (r) => `${r.kind}:${r.id}`,
    ),

  /** Pages of cases nested under jurisdictions, articles or laws, one statement per argument set. */
  casePages: ({ services, viewer }: Scope) =>
    new LoaderFamily<{ scope: CaseScope; key: string }, Page<Case>>((argsKey) => {
      const { scope, ...args } = JSON.parse(argsKey) as Omit<CaseListArgs, 'filter'> & { scope: CaseScope };
      return new DataLoader(
        async (items) =>
          services.cases.pages(
            viewer,
            scope,
            items.map((i) => i.key),
            {},
            args,
          ),
        {
          cacheKeyFn: (i) => i.key,
        },
      );
    }),
  /** The events of each request, oldest first (the request itself was read under its access rule). */
  eventsOfRequest: ({ services }: Scope) =>
    manyLoader<string, RequestEvent>(
      (ids) => services.requests.eventsOf(ids),
      (e) => e.requestId,
    ),
  /** Pages of the cases each case cites, one statement per argument set. */
  citationPages: ({ services }: Scope) =>
    new LoaderFamily<string, Page<Citation>>((argsKey) => {
      const args = JSON.parse(argsKey) as CitationPageArgs;
      return new DataLoader(async (caseIds) => services.citations.pages([...caseIds], args));
    }),
  caseCount: ({ services, viewer }: Scope) =>
    new LoaderFamily<string, number>((argsKey) => {
      const scope = JSON.parse(argsKey) as CaseScope;
      return new DataLoader(async (keys) => {
        const counts = await services.cases.counts(viewer, scope, [...keys]);
        return keys.map((k) => counts.get(k) ?? 0);
      });
    }),
  lawPages: ({ services, viewer }: Scope) =>
    new LoaderFamily<{ scope: LawScope; key: string }, Page<Law>>((argsKey) => {
      const { scope, ...args } = JSON.parse(argsKey) as Omit<LawListArgs, 'filter'> & { scope: LawScope };
      return new DataLoader(
        async (items) =>
          services.laws.pages(
            viewer,
            scope,
            items.map((i) => i.key),
            {},
            args,
          ),
        {
          cacheKeyFn: (i) => i.key,
        },
      );
    }),
  /** "More like this": the similar cases of each case, per `first`, one statement per argument set. */
  similarCases: ({ services, viewer }: Scope) =>
    new LoaderFamily<string, Keyed<Case>[]>((argsKey) => {
      const first = JSON.parse(argsKey) as number;
      return manyLoader<string, Keyed<Case>>(
        (ids) => similarCases(services.dataSource, viewer, ids, first),
        (c) => c.key,
      );
    }),
  lawCount: ({ services, viewer }: Scope) =>
    new LoaderFamily<string, number>((argsKey) => {
      const scope = JSON.parse(argsKey) as LawScope;
      return new DataLoader(async (keys) => {
        const counts = await services.laws.counts(viewer, scope, [...keys]);
        return keys.map((k) => counts.get(k) ?? 0);
      });
    }),
  /** Pages of rejected rows under ingest runs, one statement per argument set. */
  ingestRejectionPages: ({ services, viewer }: Scope) =>
    new LoaderFamily<string, Page<IngestRejection>>((argsKey) => {
      const args = JSON.parse(argsKey) as IngestRunPageArgs;
      return new DataLoader(async (runIds) => services.ingestRuns.rejections(viewer, [...runIds], args));
    }),
};

const allLoaders = { ...accessLoaders, ...libraryLoaders, ...sentencingLoaders, ...caseLoaders };

/** Per-request loaders, each built on first use (./lazy). */
export class RequestLoaders extends lazyLoaders<Scope, typeof allLoaders>(allLoaders) {
  /** Primes the loaders with links read ahead with the cases (Page.extras, CaseService.readByReference). */
  primeCaseLinks(records: Case[], extras: Record<string, unknown>[] | undefined): void {
    if (extras) primeCaseLinks(this.scope.services.dataSource, this, records, extras);
  }
}

/** Fresh loaders for one request of `viewer`. */
export function createLoaders(services: LoaderServices, viewer: Viewer): RequestLoaders {
  return new RequestLoaders({ services, viewer });
}

export type Loaders = RequestLoaders;
