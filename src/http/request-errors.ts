import { type Response } from 'express';
import { logger } from '../logger';

/** An error raised while reading a request (a malformed or oversized body), with the HTTP status it calls for. */
export interface RequestError {
  status?: number;
  type?: string;
  message?: string;
}

/** The answer to a request that could not be read: a clear 4xx naming the problem, or a 500 that names nothing. */
export function sendRequestError(res: Response, error: RequestError): void {
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) logger.error({ err: error }, 'http error');
  res.status(status).json({
    errors: [
      {
        message: status === 500 ? 'Internal server error' : error.message ?? 'Bad request',
        extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
      },
    ],
  });
}
