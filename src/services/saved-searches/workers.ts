import { type Config } from '../../config';
import { type Services } from '..';
import { AlertMatcher } from './alert-matcher';
import { PollingLoop } from './polling-loop';
import { WebhookDispatcher } from './webhook-dispatcher';

/**
 * The server process's alert loops: the matcher (alert outbox → matches and deliveries) and the dispatcher
 * (due deliveries → receivers), each every ALERTS_POLL_MS. `baseUrl` prefixes the links in webhook bodies.
 */
export function startAlertWorkers(config: Config, services: Services, baseUrl: string): { stop(): Promise<void> } {
  const matcher = new AlertMatcher(services.dataSource, services.search, services.searchDocuments, () => baseUrl);
  const dispatcher = new WebhookDispatcher(services.dataSource, config.alerts);
  const loops = [
    new PollingLoop('alert matcher', config.alerts.pollMs, async () => (await matcher.drain()) > 0),
    new PollingLoop('webhook dispatcher', config.alerts.pollMs, async () => (await dispatcher.sendDue()) > 0),
  ];
  for (const loop of loops) loop.start();
  return { stop: async () => void (await Promise.all(loops.map((loop) => loop.stop()))) };
}
