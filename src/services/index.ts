import { type DataSource } from 'typeorm';
import { CaseService } from './case.service';
import { IngestRunService } from './ingest-run.service';
import { LawService } from './law.service';
import { ReferenceService } from './reference.service';

export * from './errors';
export * from './viewer';
export { CaseService, IngestRunService, LawService, ReferenceService };

/** The application's services, built once per process around one data source. */
export function createServices(dataSource: DataSource) {
  const reference = new ReferenceService(dataSource);
  return {
    dataSource,
    reference,
    cases: new CaseService(dataSource, reference),
    laws: new LawService(dataSource, reference),
    ingestRuns: new IngestRunService(dataSource),
  };
}
export type Services = ReturnType<typeof createServices>;
