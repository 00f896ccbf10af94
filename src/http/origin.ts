import { type Request } from 'express';
import { type Config } from '../config';

/** PUBLIC_URL, or the scheme and host the request came with (behind a trusted proxy, the forwarded ones). */
export function originOf(req: Request, config: Config): string {
  return config.alerts.publicUrl ?? `${req.protocol}://${req.get('host') ?? `localhost:${config.port}`}`;
}
