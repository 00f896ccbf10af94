import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Request, type Response, Router } from 'express';
import { type CourtLevel } from '../entities/enums';
import { logger } from '../logger';
import { type RecordType, type SearchSort } from '../search/search-index';
import { type Services } from '../services';
import { DomainError, DomainErrorCode, badInput } from '../services/errors';
import { MAX_EXPORT_RECORDS } from '../services/exports/export.service';
import { type ExportFormat } from '../services/exports/record-writer';
import { type SearchRequest } from '../services/search.service';

const STATUS: Record<DomainErrorCode, number> = {
  [DomainErrorCode.BAD_USER_INPUT]: 400,
  [DomainErrorCode.UNAUTHENTICATED]: 401,
  [DomainErrorCode.FORBIDDEN]: 403,
  [DomainErrorCode.NOT_FOUND]: 404,
  [DomainErrorCode.TOO_MANY_REQUESTS]: 429,
  [DomainErrorCode.SEARCH_UNAVAILABLE]: 503,
};

const TYPES: readonly RecordType[] = ['CASE', 'LAW', 'PUBLICATION'];
const SORTS: readonly SearchSort[] = ['RELEVANCE', 'DATE_DESC', 'DATE_ASC', 'TITLE'];
const COURT_LEVELS: readonly CourtLevel[] = ['FIRST_INSTANCE', 'APPELLATE', 'SUPREME', 'OTHER'] as CourtLevel[];
/** Values one filter may list, as for the API. */
const MAX_VALUES = 100;

type Query = Request['query'];

/** A parameter given at most once. */
function one(query: Query, name: string): string | null {
  const value = query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw badInput(name, value, 'give it once');
  return value;
}

/** A parameter that may be repeated (`country=ITA&country=FRA`), as the web search URL writes filters. */
function many(query: Query, name: string): string[] | null {
  const value = query[name];
  if (value === undefined) return null;
  const values = (Array.isArray(value) ? value : [value]).filter((v) => v !== '');
  if (!values.every((v): v is string => typeof v === 'string')) throw badInput(name, value, 'give plain values');
  if (values.length > MAX_VALUES) throw badInput(name, `${values.length} values`, `give at most ${MAX_VALUES} values`);
  return values.length ? values : null;
}

function oneOf<T extends string>(query: Query, name: string, allowed: readonly T[]): T | null {
  const value = one(query, name);
  if (value === null) return null;
  if (!(allowed as readonly string[]).includes(value)) throw badInput(name, value, `use one of ${allowed.join(', ')}`);
  return value as T;
}

function year(query: Query, name: string): number | null {
  const value = one(query, name);
  if (value === null) return null;
  if (!/^\d{4}$/.test(value)) throw badInput(name, value, 'use a year of four digits, e.g. 2015');
  return Number(value);
}

function limit(query: Query): number {
  const value = one(query, 'limit');
  if (value === null) return MAX_EXPORT_RECORDS;
  if (!/^\d{1,7}$/.test(value) || Number(value) < 1 || Number(value) > MAX_EXPORT_RECORDS) {
    throw badInput('limit', value, `use a whole number from 1 to ${MAX_EXPORT_RECORDS.toLocaleString('en')}`);
  }
  return Number(value);
}

/** The web search URL's parameters (web/src/search/search-state.ts) as a search request. */
export function searchFromParameters(query: Query): SearchRequest {
  const courtLevels = many(query, 'court');
  for (const level of courtLevels ?? []) {
    if (!COURT_LEVELS.includes(level as CourtLevel)) throw badInput('court', level, `use one of ${COURT_LEVELS.join(', ')}`);
  }
  const type = oneOf(query, 'type', TYPES);
  return {
    text: one(query, 'q'),
    types: type ? [type] : null,
    sort: oneOf(query, 'sort', SORTS),
    filters: {
      countries: many(query, 'country'),
      regions: many(query, 'region'),
      crimeTypes: many(query, 'crime'),
      articles: many(query, 'article'),
      keywords: many(query, 'keyword'),
      courtLevels: courtLevels as CourtLevel[] | null,
      yearFrom: year(query, 'from'),
      yearTo: year(query, 'to'),
    },
  };
}

/** The address links in the file point to; a Host header that is not a host name falls back to localhost. */
function origin(req: Request): string {
  const host = req.get('host') ?? '';
  return `${req.protocol}://${/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host) ? host : 'localhost'}`;
}

/**
 * `GET /export.csv|json|ndjson|ris|csl.json` with the web search URL's parameters (`q`, `type`, `country`,
 * `region`, `crime`, `article`, `keyword`, `court`, `from`, `to`, `sort`) and `limit`: the search's records in
 * its order, streamed as they are read (the client's pace sets the reading). The caller reads what the API would
 * give it (the Authorization header as for /graphql). Errors before the first byte answer JSON with the code
 * GraphQL would give; a failure once streaming has begun aborts the response, so a cut file is never taken for a
 * whole one.
 */
export function exportRoutes(services: Services): Router {
  const router = Router();
  const serve = (format: ExportFormat) => async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'private, no-store');
    let chunks: AsyncGenerator<string> | null = null;
    try {
      const viewer = await services.auth.viewerFromAuthorization(req.headers.authorization);
      const opened = await services.exports.open(viewer, {
        search: searchFromParameters(req.query),
        format,
        limit: limit(req.query),
        origin: origin(req),
      });
      chunks = opened.chunks;
      // The first page is read before answering, so a failure there still gets a proper status.
      const first = await chunks.next();
      res.status(200).type(opened.contentType).setHeader('Content-Disposition', `attachment; filename="${opened.filename}"`);
      const rest = chunks;
      await pipeline(Readable.from((async function* () {
        if (!first.done) yield first.value;
        yield* rest;
      })()), res);
    } catch (error) {
      if (!res.headersSent) {
        if (error instanceof DomainError) {
          res.status(STATUS[error.code]).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
          return;
        }
        logger.error({ err: error }, 'export failed');
        res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        return;
      }
      if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return; // the client went away
      logger.error({ err: error }, 'export failed while streaming');
      res.destroy();
    } finally {
      await chunks?.return(undefined);
    }
  };
  router.get('/export.csv', serve('csv'));
  router.get('/export.json', serve('json'));
  router.get('/export.ndjson', serve('ndjson'));
  router.get('/export.ris', serve('ris'));
  router.get('/export.csl.json', serve('csl.json'));
  return router;
}
