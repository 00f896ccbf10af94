import DataLoader from 'dataloader';
import { type DataSource } from 'typeorm';
import {
  Article, Case, Charge, CooperationAct, Court, CrimeType, Defendant, IngestRejection, Instrument, Jurisdiction, Keyword, Law,
  LawProvision, Proceeding, Ratification, RecordEvent, VictimGroup,
} from '../entities';
import { type Page } from '../schema/pagination';
import { type CaseListArgs, type CaseScope, type CaseService } from '../services/case.service';
import { type Citation, type CitationPageArgs, type CitationService } from '../services/citation.service';
import { type IngestRunPageArgs, type IngestRunService } from '../services/ingest-run.service';
import { type LawListArgs, type LawScope, type LawService } from '../services/law.service';
import { similarCases } from '../services/similar-cases';
import { mapRows } from '../services/sql';
import { type Viewer, visibleRecordsSql } from '../services/viewer';
import { type AccessLoaderServices, createAccessLoaders } from './access';
import { LoaderFamily, manyLoader, oneLoader } from './batch';
import { createLibraryLoaders, type LibraryLoaderServices } from './library';
import { primeCaseLinks } from './case-links';

export interface LoaderServices extends AccessLoaderServices, LibraryLoaderServices {
  dataSource: DataSource;
  cases: CaseService;
  citations: CitationService;
  laws: LawService;
  ingestRuns: IngestRunService;
}

type Keyed<T> = T & { key: string };

/**
 * Per-request DataLoaders: every field that follows a link batches its keys into one statement, so the
 * number of statements of a query depends on its shape, never on the number of records it returns.
 */
export function createLoaders(services: LoaderServices, viewer: Viewer) {
  const { dataSource, cases, citations, laws, ingestRuns } = services;
  const repo = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
  /** Rows of `entity` joined to a key column, mapped to entities with their key. */
  const keyed = async <T extends object>(entity: new () => T, sql: string, keys: readonly unknown[]) => {
    const rows: Record<string, unknown>[] = await dataSource.query(sql, [keys]);
    const entities = mapRows<T>(dataSource, entity, rows);
    return entities.map((e, i) => Object.assign(e, { key: rows[i].key as string }) as Keyed<T>);
  };

  const loaders = {
    jurisdiction: oneLoader<string, Jurisdiction>(
      (codes) => repo(Jurisdiction).createQueryBuilder('j').where('j.code = ANY(:codes)', { codes }).getMany(),
      (j) => j.code,
    ),
    ...createAccessLoaders(services),
    ...createLibraryLoaders(services),
    instrument: oneLoader<string, Instrument>(
      (codes) => repo(Instrument).createQueryBuilder('i').where('i.code = ANY(:codes)', { codes }).getMany(),
      (i) => i.code,
    ),
    article: oneLoader<string, Article>(
      (ids) => repo(Article).createQueryBuilder('a').where('a.id = ANY(:ids)', { ids }).getMany(),
      (a) => a.id,
    ),
    court: oneLoader<string, Court>(
      (ids) => repo(Court).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids }).getMany(),
      (c) => c.id,
    ),
    caseById: oneLoader<string, Case>(
      (ids) =>
        repo(Case).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids }).andWhere(visibleRecordsSql('c', viewer)).getMany(),
      (c) => c.id,
    ),
    lawById: oneLoader<string, Law>(
      (ids) =>
        repo(Law).createQueryBuilder('l').where('l.id = ANY(:ids)', { ids }).andWhere(visibleRecordsSql('l', viewer)).getMany(),
      (l) => l.id,
    ),
    lawByReference: oneLoader<string, Law>((refs) => laws.byReferences(viewer, refs), (l) => l.reference),

    articlesOfInstrument: manyLoader<string, Article>(
      (codes) =>
        repo(Article)
          .createQueryBuilder('a')
          .where('a.instrument_code = ANY(:codes)', { codes })
          .orderBy('a.number', 'ASC')
          .getMany(),
      (a) => a.instrumentCode,
    ),
    articlesOfCase: manyLoader<string, Keyed<Article & { paragraph: string | null }>>(
      async (ids) => {
        const rows: Record<string, unknown>[] = await dataSource.query(
          `SELECT ca.case_id AS key, ca.paragraph, a.* FROM case_articles ca JOIN articles a ON a.id = ca.article_id
           JOIN instruments i ON i.code = a.instrument_code
           WHERE ca.case_id = ANY($1::uuid[]) ORDER BY array_position(ARRAY['UNTOC','TIP','SOM','FIREARMS'], i.code::text), a.number`,
          [ids],
        );
        return mapRows(dataSource, Article, rows).map((a, i) =>
          Object.assign(a, { key: rows[i].key as string, paragraph: rows[i].paragraph as string | null }),
        );
      },
      (a) => a.key,
    ),
    crimeTypesOfCase: manyLoader<string, Keyed<CrimeType>>(
      (ids) =>
        keyed(CrimeType, `SELECT cc.case_id AS key, t.* FROM case_crime_types cc JOIN crime_types t ON t.code = cc.crime_type_code
                          WHERE cc.case_id = ANY($1::uuid[]) ORDER BY t.label`, ids),
      (t) => t.key,
    ),
    keywordsOfCase: manyLoader<string, Keyed<Keyword>>(
      (ids) =>
        keyed(Keyword, `SELECT ck.case_id AS key, k.* FROM case_keywords ck JOIN keywords k ON k.id = ck.keyword_id
                        WHERE ck.case_id = ANY($1::uuid[]) ORDER BY k.category, k.label`, ids),
      (k) => k.key,
    ),
    lawReferencesOfCase: manyLoader<string, { key: string; reference: string }>(
      (ids) =>
        dataSource.query(
          `SELECT case_id AS key, law_reference AS reference FROM case_laws WHERE case_id = ANY($1::uuid[]) ORDER BY law_reference`,
          [ids],
        ),
      (r) => r.key,
    ),
    citedReferencesOfCase: manyLoader<string, { key: string; reference: string }>(
      (ids) =>
        dataSource.query(
          `SELECT citing_case_id AS key, cited_reference AS reference FROM case_citations
            WHERE citing_case_id = ANY($1::uuid[]) ORDER BY cited_reference`,
          [ids],
        ),
      (r) => r.key,
    ),
    proceedingsOfCase: manyLoader<string, Proceeding>(
      (ids) => repo(Proceeding).createQueryBuilder('p').where('p.case_id = ANY(:ids)', { ids }).orderBy('p.seq').getMany(),
      (p) => p.caseId,
    ),
    defendantsOfCase: manyLoader<string, Defendant>(
      (ids) => repo(Defendant).createQueryBuilder('d').where('d.case_id = ANY(:ids)', { ids }).orderBy('d.seq').getMany(),
      (d) => d.caseId,
    ),
    chargesOfDefendant: manyLoader<string, Charge>(
      (ids) => repo(Charge).createQueryBuilder('c').where('c.defendant_id = ANY(:ids)', { ids }).orderBy('c.seq').getMany(),
      (c) => c.defendantId,
    ),
    victimsOfCase: manyLoader<string, VictimGroup>(
      (ids) => repo(VictimGroup).createQueryBuilder('v').where('v.case_id = ANY(:ids)', { ids }).getMany(),
      (v) => v.caseId,
    ),
    cooperationOfCase: manyLoader<string, CooperationAct>(
      (ids) => repo(CooperationAct).createQueryBuilder('x').where('x.case_id = ANY(:ids)', { ids }).getMany(),
      (x) => x.caseId,
    ),
    ratificationsOfJurisdiction: manyLoader<string, Ratification>(
      (codes) =>
        repo(Ratification)
          .createQueryBuilder('r')
          .where('r.jurisdiction_code = ANY(:codes)', { codes })
          // The Convention first, then the Protocols.
          .orderBy(`array_position(ARRAY['UNTOC','TIP','SOM','FIREARMS']::varchar[], r.instrument_code)`)
          .getMany(),
      (r) => r.jurisdictionCode,
    ),
    provisionsOfLaw: manyLoader<string, LawProvision>(
      (ids) => repo(LawProvision).createQueryBuilder('p').where('p.law_id = ANY(:ids)', { ids }).orderBy('p.seq').getMany(),
      (p) => p.lawId,
    ),
    articlesOfProvision: manyLoader<string, Keyed<Article>>(
      (ids) =>
        keyed(Article, `SELECT pa.provision_id AS key, a.* FROM provision_articles pa JOIN articles a ON a.id = pa.article_id
                        WHERE pa.provision_id = ANY($1::uuid[]) ORDER BY a.instrument_code, a.number`, ids),
      (a) => a.key,
    ),
    crimeTypesOfLaw: manyLoader<string, Keyed<CrimeType>>(
      (ids) =>
        keyed(CrimeType, `SELECT lc.law_id AS key, t.* FROM law_crime_types lc JOIN crime_types t ON t.code = lc.crime_type_code
                          WHERE lc.law_id = ANY($1::uuid[]) ORDER BY t.label`, ids),
      (t) => t.key,
    ),

    historyOf: manyLoader<{ kind: 'case' | 'law'; id: string }, Keyed<RecordEvent>, string>(
      async (records) => {
        const rows: Record<string, unknown>[] = await dataSource.query(
          `SELECT h.record_type || ':' || h.record_id AS key, h.* FROM record_history h
           JOIN unnest($1::text[], $2::uuid[]) AS r(kind, id) ON h.record_type = r.kind AND h.record_id = r.id
           ORDER BY h.id`,
          [records.map((r) => r.kind), records.map((r) => r.id)],
        );
        return mapRows(dataSource, RecordEvent, rows).map((e, i) => Object.assign(e, { key: rows[i].key as string }));
      },
      (e) => e.key,
      (r) => `${r.kind}:${r.id}`,
    ),

    /** Pages of cases nested under jurisdictions, articles or laws, one statement per argument set. */
    casePages: new LoaderFamily<{ scope: CaseScope; key: string }, Page<Case>>((argsKey) => {
      const { scope, ...args } = JSON.parse(argsKey) as Omit<CaseListArgs, 'filter'> & { scope: CaseScope };
      return new DataLoader(async (items) => cases.pages(viewer, scope, items.map((i) => i.key), {}, args), {
        cacheKeyFn: (i) => i.key,
      });
    }),
    /** Pages of the cases each case cites, one statement per argument set. */
    citationPages: new LoaderFamily<string, Page<Citation>>((argsKey) => {
      const args = JSON.parse(argsKey) as CitationPageArgs;
      return new DataLoader(async (caseIds) => citations.pages([...caseIds], args));
    }),
    caseCount: new LoaderFamily<string, number>((argsKey) => {
      const scope = JSON.parse(argsKey) as CaseScope;
      return new DataLoader(async (keys) => {
        const counts = await cases.counts(viewer, scope, [...keys]);
        return keys.map((k) => counts.get(k) ?? 0);
      });
    }),
    lawPages: new LoaderFamily<{ scope: LawScope; key: string }, Page<Law>>((argsKey) => {
      const { scope, ...args } = JSON.parse(argsKey) as Omit<LawListArgs, 'filter'> & { scope: LawScope };
      return new DataLoader(async (items) => laws.pages(viewer, scope, items.map((i) => i.key), {}, args), {
        cacheKeyFn: (i) => i.key,
      });
    }),
    /** "More like this": the similar cases of each case, per `first`, one statement per argument set. */
    similarCases: new LoaderFamily<string, Keyed<Case>[]>((argsKey) => {
      const first = JSON.parse(argsKey) as number;
      return manyLoader<string, Keyed<Case>>((ids) => similarCases(dataSource, viewer, ids, first), (c) => c.key);
    }),
    lawCount: new LoaderFamily<string, number>((argsKey) => {
      const scope = JSON.parse(argsKey) as LawScope;
      return new DataLoader(async (keys) => {
        const counts = await laws.counts(viewer, scope, [...keys]);
        return keys.map((k) => counts.get(k) ?? 0);
      });
    }),
    /** Pages of rejected rows under ingest runs, one statement per argument set. */
    ingestRejectionPages: new LoaderFamily<string, Page<IngestRejection>>((argsKey) => {
      const args = JSON.parse(argsKey) as IngestRunPageArgs;
      return new DataLoader(async (runIds) => ingestRuns.rejections(viewer, [...runIds], args));
    }),
  };
  return {
    ...loaders,
    /** Primes the loaders with links read ahead with the cases (Page.extras, CaseService.readByReference). */
    primeCaseLinks(records: Case[], extras: Record<string, unknown>[] | undefined): void {
      if (extras) primeCaseLinks(dataSource, loaders, records, extras);
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
