import 'reflect-metadata';
import fs from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { config, ConfigError } from './config';
import { openDatabase } from './db/database';
import { DataDirInUseError } from './db/embedded';
import { logger } from './logger';
import { generateCases, generateLaws, writeNdjson } from '../ingest/generate';
import { generatorVocabulary } from '../ingest/generate-vocabulary';
import { type IngestCommandOptions, runIngestCommand } from '../ingest/command';
import { CATALOGUE_FORMATS } from '../ingest/readers';
import { RECORD_KINDS } from '../ingest/record-kinds';
import { buildPortalSchema, schemaSdl } from './schema/build-schema';
import { createProgress } from '../ingest/progress';
import { createSearchEngines } from './search';
import { SearchIndexer } from './search/indexer';
import { startPortal } from './server';
import { loadDemoCatalogue } from './services/demo.service';
import { seedReferenceData } from './services/seed.service';
import { userCommand } from './user-command';
import { createServices, DomainError, type Services } from './services';

/** The `portal` command. Each subcommand opens the configured database (embedded or server) and closes it. */
const program = new Command('portal').description('Organized crime law portal').showHelpAfterError();

const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number (got "${value}")`);
  return n;
};

/** The services on the configured database, for commands acting like the API (accounts). */
async function withServices<T>(work: (services: Services) => Promise<T>): Promise<T> {
  return withDatabase(({ dataSource }) => work(createServices(dataSource)));
}

async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const db = await openDatabase(config());
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    return await work(db);
  } finally {
    await db.close();
  }
}

program
  .command('serve', { isDefault: true })
  .description('serve the portal: GraphQL at /graphql, /health, the web portal at /')
  .action(async () => {
    const portal = await startPortal(config());
    const stop = async (signal: string) => {
      logger.info({ signal }, 'shutting down');
      await portal.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(() =>
    withDatabase(async ({ dataSource }) => {
      const pending = await dataSource.showMigrations();
      logger.info({ pending }, 'migrations applied');
    }),
  );

program
  .command('seed')
  .description('load the reference data (instruments, articles, jurisdictions, vocabularies), idempotently')
  .option('--demo', 'also load the synthetic demo catalogue (published, references SYN-…)')
  .action((opts: { demo?: boolean }) =>
    withDatabase(async ({ dataSource }) => {
      console.log(JSON.stringify({ reference: await seedReferenceData(dataSource) }));
      if (opts.demo) {
        console.log(JSON.stringify({ demo: await loadDemoCatalogue(dataSource) }));
      }
    }),
  );

program
  .command('ingest')
  .description('load catalogues of cases, laws, ratifications, treaties or publications, or a register of requests (CSV, JSON, NDJSON, gzip or not) — see README "Loading a catalogue"')
  .argument('<files...>', 'catalogue files, loaded in turn (one ingest run each)')
  .addOption(new Option('--kind <kind>', 'record kind').choices([...RECORD_KINDS]).default('case'))
  .addOption(new Option('--format <format>', 'file format (default: from the file name)').choices([...CATALOGUE_FORMATS]))
  .option('--dry-run', 'validate and report without storing anything')
  .option('--publish', 'publish the loaded records (otherwise new records are drafts)')
  .option('--report <file>', "write each row's outcome as JSON")
  .option('--batch-size <n>', 'records per transaction', positiveInt('--batch-size'), 500)
  .option('--as <name>', 'who runs the ingest, as recorded with the run (default: the operating-system user)')
  .action((files: string[], opts: IngestCommandOptions) =>
    withDatabase(async ({ dataSource }) => {
      process.exitCode = await runIngestCommand(dataSource, files, opts);
    }),
  );

program
  .command('generate')
  .description('write a deterministic synthetic catalogue (NDJSON) to stdout or --out')
  .addOption(new Option('--kind <kind>', 'record kind').choices(['case', 'law']).default('case'))
  .requiredOption('--count <n>', 'number of records', positiveInt('--count'))
  .option('--seed <n>', 'random seed', positiveInt('--seed'), 1)
  .option('--out <file>', 'output file (default: stdout)')
  .action((opts: { kind: 'case' | 'law'; count: number; seed: number; out?: string }) =>
    withDatabase(async ({ dataSource }) => {
      const vocabulary = await generatorVocabulary(dataSource);
      const records = opts.kind === 'case'
        ? generateCases({ count: opts.count, seed: opts.seed, vocabulary })
        : generateLaws({ count: opts.count, seed: opts.seed, vocabulary });
      const out = opts.out ? fs.createWriteStream(opts.out) : process.stdout;
      await writeNdjson(records, out);
      if (opts.out) await new Promise((resolve) => (out as fs.WriteStream).end(resolve));
    }),
  );

program.addCommand(userCommand(withServices, positiveInt));

program
  .command('reindex')
  .description('rebuild the search index from scratch (documents, then the configured engine)')
  .option('--batch-size <n>', 'records per transaction', positiveInt('--batch-size'), 1000)
  .action((opts: { batchSize: number }) =>
    withDatabase(async ({ dataSource }) => {
      const engines = createSearchEngines(config(), dataSource);
      const indexer = new SearchIndexer(dataSource, engines.index, { batchSize: opts.batchSize });
      const bars = {
        documents: createProgress('documents', process.stderr, 2000, 'documents'),
        engine: createProgress(engines.index.engine, process.stderr, 2000, 'documents'),
      };
      const started = Date.now();
      const total = await indexer.reindex((stage, done, all) =>
        bars[stage].update({ rows: [], read: done, bytesRead: done, size: all }),
      );
      bars.documents.stop();
      bars.engine.stop();
      console.log(JSON.stringify({ engine: engines.index.engine, documents: total, durationMs: Date.now() - started }));
    }),
  );

program
  .command('schema')
  .description('print the GraphQL SDL (as committed in src/schema/schema.graphql)')
  .action(async () => {
    process.stdout.write(schemaSdl(await buildPortalSchema()));
  });

program.parseAsync().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof InvalidArgumentError || error instanceof DomainError || error instanceof DataDirInUseError) {
    console.error(error.message);
  }
  else logger.error({ err: error }, 'command failed');
  process.exit(1);
});
