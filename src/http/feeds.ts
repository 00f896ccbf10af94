import { Router } from 'express';
import { type Config } from '../config';
import { logger } from '../logger';
import { type Services } from '../services';
import { renderAtom } from '../services/saved-searches/atom';
import { recordUrl, searchPageUrl } from '../services/saved-searches/saved-search.service';
import { originOf } from './origin';

const KIND: Record<string, string> = { CASE: 'Case', LAW: 'Law', PUBLICATION: 'Publication' };

/**
 * GET /feeds/{token}.atom: a saved search's Atom feed. The token in the URL is the only credential (feed readers
 * send no other), so an unknown, rotated or malformed one is a bare 404 that tells nothing.
 */
export function feedRoutes(services: Services, config: Config): Router {
  const router = Router();
  router.get('/feeds/:file', async (req, res) => {
    const match = /^(.+)\.atom$/.exec(req.params.file);
    try {
      const found = match ? await services.savedSearches.feed(match[1]) : null;
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('X-Robots-Tag', 'noindex');
      if (!found) {
        res.status(404).type('text/plain').send('No such feed: it may have been rotated or deleted.');
        return;
      }
      const origin = originOf(req, config);
      const { savedSearch, entries } = found;
      const newest = entries.reduce<Date>((latest, e) => (e.matchedAt > latest ? e.matchedAt : latest), savedSearch.createdAt);
      res.type('application/atom+xml; charset=utf-8').send(
        renderAtom({
          id: `urn:uuid:${savedSearch.id}`,
          title: `${savedSearch.name} — saved search`,
          self: `${origin}${req.originalUrl.split('?')[0]}`,
          alternate: searchPageUrl(origin, savedSearch.search),
          updated: newest,
          author: 'Organized crime law portal',
          entries: entries.map((e) => ({
            // Stable per record: a record that changes again is the same entry with a later `updated`.
            id: `urn:uuid:${e.recordId}`,
            title: e.title,
            link: recordUrl(origin, e.recordType, e.reference),
            updated: e.matchedAt,
            summary: e.summary || [KIND[e.recordType], e.reference, e.countryName, e.year].filter(Boolean).join(' · '),
          })),
        }),
      );
    } catch (error) {
      logger.error({ err: error }, 'feed failed');
      res.status(500).type('text/plain').send('Internal server error');
    }
  });
  return router;
}
