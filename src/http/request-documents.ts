import { type Request, type Response, Router } from 'express';
import { logger } from '../logger';
import { type Services } from '../services';
import { actorOf } from '../services/audit.service';
import { DomainError, DomainErrorCode } from '../services/errors';
import { newRequestId } from './graphql-plugins';

const STATUS: Record<DomainErrorCode, number> = {
  [DomainErrorCode.BAD_USER_INPUT]: 400,
  [DomainErrorCode.UNAUTHENTICATED]: 401,
  [DomainErrorCode.FORBIDDEN]: 403,
  [DomainErrorCode.NOT_FOUND]: 404,
  [DomainErrorCode.TOO_MANY_REQUESTS]: 429,
  [DomainErrorCode.SEARCH_UNAVAILABLE]: 503,
};

/**
 * `GET /requests/{id}/document.docx` and `.pdf`: the generated request, for the callers who may read the request
 * (README "The request writer"), authenticated by `Authorization: Bearer <token>` as /graphql is. Errors answer
 * JSON with the code GraphQL would give; documents are never cached.
 */
export function requestDocumentRoutes(services: Services): Router {
  const router = Router();
  const serve = (format: 'docx' | 'pdf') => async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const viewer = await services.auth.viewerFromAuthorization(req.headers.authorization);
      const requestId = newRequestId(req.headers['x-request-id']);
      const { filename, contentType, body } = await services.requests.document(viewer, actorOf(viewer, requestId), String(req.params.id), format);
      res.setHeader('Content-Type', contentType);
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      res.send(body);
    } catch (error) {
      if (error instanceof DomainError) {
        res.status(STATUS[error.code]).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
        return;
      }
      logger.error({ err: error }, 'request document failed');
      res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
  router.get('/requests/:id/document.docx', serve('docx'));
  router.get('/requests/:id/document.pdf', serve('pdf'));
  return router;
}
