import 'reflect-metadata';
import { type Server } from 'node:http';
import { authSettings } from './auth/settings';
import { type Config } from './config';
import { type Database, openDatabase } from './db/database';
import { createApp } from './http/app';
import { logger } from './logger';
import { buildPortalSchema } from './schema/build-schema';
import { createSearchEngines } from './search';
import { SearchIndexer } from './search/indexer';
import { createServices } from './services';
import { loadDemoCatalogue } from './services/demo.service';
import { seedReferenceData } from './services/seed.service';
import { startAlertWorkers } from './services/saved-searches/workers';

export interface RunningPortal {
  url: string;
  database: Database;
  server: Server;
  stop(): Promise<void>;
}

/**
 * The composition root: database (embedded or server), migrations, first-start seeding, services, schema, HTTP.
 * An embedded database created by this start gets the reference data and the demo catalogue, so a newcomer
 * sees a living portal; a server database gets the reference data when it has none.
 */
export async function startPortal(config: Config): Promise<RunningPortal> {
  const database = await openDatabase(config);
  try {
    const { dataSource } = database;
    await dataSource.runMigrations({ transaction: 'each' });
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM instruments`);
    if (n === 0 || database.fresh) {
      logger.info(await seedReferenceData(dataSource), 'reference data loaded');
      if (database.mode === 'embedded') {
        logger.info('loading the synthetic demo catalogue (first start of the embedded database)');
        logger.info(await loadDemoCatalogue(dataSource), 'demo catalogue loaded');
      }
    }
    const engines = createSearchEngines(config, dataSource);
    const services = createServices(dataSource, { ...engines, auth: authSettings(config), alerts: config.alerts });
    const indexer = new SearchIndexer(dataSource, engines.index);
    try {
      await indexer.prepare();
    } catch (error) {
      // A search engine that is down must not keep the portal from starting: the indexer retries.
      logger.warn({ err: error, engine: engines.index.engine }, 'search engine not ready; indexing will resume when it answers');
    }
    indexer.start();
    const schema = await buildPortalSchema();
    const portal = await createApp(schema, services, config, { search: () => indexer.status() });
    const { apollo } = portal;
    const server = await new Promise<Server>((resolve, reject) => {
      const s = portal.listen(config.port).once('listening', () => resolve(s));
      s.once('error', reject);
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}`;
    const alerts = startAlertWorkers(config, services, config.alerts.publicUrl ?? url);
    logger.info({ url, graphql: `${url}/graphql`, mode: database.mode, search: config.searchBackend }, 'portal listening');
    return {
      url,
      database,
      server,
      async stop() {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await apollo.stop();
        await alerts.stop();
        await indexer.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
