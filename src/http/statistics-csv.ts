import { type Express } from 'express';
import { logger } from '../logger';
import { type Services } from '../services';
import { DomainError, DomainErrorCode } from '../services/errors';
import { renderStatisticsCsv } from '../services/requests/statistics-export';

const STATUS: Partial<Record<DomainErrorCode, number>> = {
  [DomainErrorCode.BAD_USER_INPUT]: 400,
  [DomainErrorCode.UNAUTHENTICATED]: 401,
  [DomainErrorCode.FORBIDDEN]: 403,
};

/** `?yearFrom=2020` → 2020; anything but digits is passed on as NaN so the service names it. */
const year = (value: unknown): number | null =>
  value === undefined || value === '' ? null : typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN;

/**
 * GET /statistics.csv?country=&yearFrom=&yearTo=: requestStatistics as CSV, with the same filter and the same
 * access (the Authorization header as for /graphql).
 */
export function registerStatisticsCsv(app: Express, services: Services): void {
  app.get('/statistics.csv', async (req, res) => {
    try {
      const viewer = await services.auth.viewerFromAuthorization(req.headers.authorization);
      const country = typeof req.query.country === 'string' && req.query.country !== '' ? req.query.country : null;
      if (req.query.country !== undefined && typeof req.query.country !== 'string') {
        res.status(400).json({ errors: [{ message: 'country: give it once, as an ISO 3166-1 alpha-3 code', extensions: { code: 'BAD_USER_INPUT' } }] });
        return;
      }
      const stats = await services.requestStatistics.statistics(viewer, { country, yearFrom: year(req.query.yearFrom), yearTo: year(req.query.yearTo) });
      res
        .type('text/csv; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="request-statistics-${stats.country ?? 'all'}.csv"`)
        .setHeader('Cache-Control', 'private, no-store')
        .send(renderStatisticsCsv(stats));
    } catch (error) {
      if (error instanceof DomainError && STATUS[error.code]) {
        res.status(STATUS[error.code]!).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
        return;
      }
      logger.error({ err: error }, 'statistics export failed');
      res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });
}
