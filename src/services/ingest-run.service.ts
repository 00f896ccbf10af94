import { type DataSource } from 'typeorm';
import { IngestRejection, IngestRun } from '../entities';
import { decodeCursor, encodeCursor, type Page, pageSize } from '../schema/pagination';
import { badInput, forbidden, unauthenticated } from './errors';
import { fetchKeysetPages } from './keyset-pages';
import { SqlParams } from './sql';
import { isReviewer, type Viewer } from './viewer';

export interface IngestRunPageArgs {
  first?: number | null;
  after?: string | null;
}

const RUN_ORDER = 'ingest-run:STARTED_DESC';
const REJECTION_ORDER = 'ingest-rejection:LINE_ASC';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reading the record of ingest runs: the runs, newest first, and the rows each rejected. Runs are written by
 * the ingest pipeline (ingest/run-log.ts), never through the API.
 */
export class IngestRunService {
  constructor(private readonly dataSource: DataSource) {}

  /** Ingest runs (files, counts, rejected rows with their values) are the secretariat's working records. */
  private authorize(viewer: Viewer): void {
    if (viewer.role === 'anonymous') throw unauthenticated();
    if (!isReviewer(viewer)) throw forbidden('Only the secretariat reads ingest runs');
  }

  async byId(viewer: Viewer, id: string): Promise<IngestRun | null> {
    this.authorize(viewer);
    if (!UUID.test(id)) throw badInput('id', id, 'use the id of an ingest run (a UUID, as `portal ingest` prints it)');
    return this.dataSource.getRepository(IngestRun).findOneBy({ id });
  }

  /** Runs, newest first. `started_at` is stored to the millisecond, so the cursor's timestamp is exact. */
  async list(viewer: Viewer, args: IngestRunPageArgs): Promise<Page<IngestRun>> {
    this.authorize(viewer);
    const params = new SqlParams();
    let keyset: string | null = null;
    if (args.after) {
      const [startedAt, id] = decodeCursor(args.after, RUN_ORDER, ['timestamp', 'uuid']);
      keyset = `(r.started_at, r.id) < (${params.add(startedAt)}::timestamptz, ${params.add(id)}::uuid)`;
    }
    const [page] = await fetchKeysetPages<IngestRun>(
      this.dataSource,
      {
        entity: IngestRun, table: 'ingest_runs', alias: 'r', where: [], scope: null,
        orderBy: 'r.started_at DESC, r.id DESC', keyset,
        cursorOf: (row) => encodeCursor(RUN_ORDER, [(row.started_at as Date).toISOString(), row.id as string]),
        params, first: pageSize(args.first), after: Boolean(args.after),
      },
      [''],
      async () => new Map([['', Number((await this.dataSource.query(`SELECT count(*) AS n FROM ingest_runs`))[0].n)]]),
    );
    return page;
  }

  /** The rejected rows of each run, in line order: one statement for all the runs of a request. */
  async rejections(viewer: Viewer, runIds: string[], args: IngestRunPageArgs): Promise<Page<IngestRejection>[]> {
    this.authorize(viewer);
    const params = new SqlParams();
    let keyset: string | null = null;
    if (args.after) {
      const [line, id] = decodeCursor(args.after, REJECTION_ORDER, ['int', 'bigint']);
      keyset = `(x.line, x.id) > (${params.add(line)}::int, ${params.add(id)}::bigint)`;
    }
    return fetchKeysetPages<IngestRejection>(
      this.dataSource,
      {
        entity: IngestRejection, table: 'ingest_rejections', alias: 'x', where: [], scope: 'x.run_id = s.key::uuid',
        orderBy: 'x.line ASC, x.id ASC', keyset,
        cursorOf: (row) => encodeCursor(REJECTION_ORDER, [row.line as number, String(row.id)]),
        params, first: pageSize(args.first), after: Boolean(args.after),
      },
      runIds,
      async (keys) => {
        const rows: { key: string; n: string }[] = await this.dataSource.query(
          `SELECT s.key, (SELECT count(*) FROM ingest_rejections x WHERE x.run_id = s.key::uuid) AS n FROM unnest($1::text[]) AS s(key)`,
          [keys],
        );
        return new Map(rows.map((r) => [r.key, Number(r.n)]));
      },
    );
  }
}
