import { type EntityManager } from 'typeorm';
import { type WriteResult } from './load/bulk';
import { writeCases } from './load/case-writer';
import { writeLaws } from './load/law-writer';
import { type RecordOrigin } from './load/normalized';
import { writePublications } from './load/publication-writer';
import { requestKey, writeRequests } from './load/request-writer';
import { ratificationKey, writeRatifications } from './load/ratification-writer';
import { writeTreaties } from './load/treaty-writer';
import { type Validated, validateCaseRecord } from './validate/case-record';
import { validateLawRecord } from './validate/law-record';
import { validatePublicationRecord } from './validate/publication-record';
import { type NormalizedRequest, validateRequestRecord } from './validate/request-record';
import { validateRatificationRecord } from './validate/ratification-record';
import { validateTreatyRecord } from './validate/treaty-record';
import { type Vocabulary } from './vocabulary';

export const RECORD_KINDS = ['case', 'law', 'ratification', 'treaty', 'publication', 'request'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** What ingest needs to know about one kind of record: how to validate it, name it and write a batch of it. */
export interface RecordKindHandler<T = unknown> {
  validate(raw: unknown, vocab: Vocabulary): Validated<T>;
  /** The key the record is upserted by, as shown in reports. */
  key(record: T): string;
  write(
    tx: EntityManager,
    batch: { record: T; origin: RecordOrigin }[],
    options: { publish: boolean; vocab: Vocabulary; sample?: boolean },
  ): Promise<WriteResult[]>;
  /** CSV columns whose cells may hold JSON (nested structures). */
  jsonColumns: ReadonlySet<string>;
}

const handler = <T>(h: RecordKindHandler<T>) => h as RecordKindHandler<unknown>;

export const RECORD_KIND_HANDLERS: Readonly<Record<RecordKind, RecordKindHandler>> = {
  case: handler({
    validate: validateCaseRecord,
    key: (r) => r.reference,
    write: (tx, batch, { publish, vocab }) => writeCases(tx, batch, { publish, keywordIds: vocab.keywordIds }),
    jsonColumns: new Set(['proceedings', 'defendants', 'victims', 'cooperation', 'sources']),
  }),
  law: handler({
    validate: validateLawRecord,
    key: (r) => r.reference,
    write: (tx, batch, { publish }) => writeLaws(tx, batch, { publish }),
    jsonColumns: new Set(['provisions', 'sources']),
  }),
  ratification: handler({
    validate: validateRatificationRecord,
    key: ratificationKey,
    // Ratifications have no draft stage: they are public as soon as they are loaded.
    write: (tx, batch, { sample }) => writeRatifications(tx, batch, { sample }),
    jsonColumns: new Set(),
  }),
  // Treaties and publications are reference works, public once loaded (no draft stage); `sample` marks the
  // synthetic records of the demo catalogue.
  treaty: handler({
    validate: validateTreatyRecord,
    key: (r) => r.reference,
    write: (tx, batch, { sample }) => writeTreaties(tx, batch, { sample }),
    jsonColumns: new Set(['parties', 'sources']),
  }),
  publication: handler({
    validate: validatePublicationRecord,
    key: (r) => r.reference,
    write: (tx, batch, { sample }) => writePublications(tx, batch, { sample }),
    jsonColumns: new Set(),
  }),
  // A register of requests kept elsewhere, upserted by (owning State, reference). Requests are private to their
  // State's authorities and the secretariat; they have no publication stage (`publish` does not apply).
  request: handler<NormalizedRequest>({
    validate: validateRequestRecord,
    key: requestKey,
    write: (tx, batch, { sample }) => writeRequests(tx, batch, { sample }),
    jsonColumns: new Set(['offences', 'events']),
  }),
};
