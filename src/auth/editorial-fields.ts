import { type MiddlewareFn } from 'type-graphql';
import { type Provenance } from '../entities/embedded.types';
import { type Context } from '../schema/context';
import { forbidden, unauthenticated } from '../services/errors';
import { mayWriteFor } from '../services/viewer';

/** A catalogue record as its restricted fields see it: whose jurisdiction it belongs to. */
interface RecordRoot {
  jurisdictionCode: string;
}

/**
 * The fields of a case or law that only its editors read — the secretariat, and the contributors of its
 * jurisdiction — whatever the record's status: anonymous callers get UNAUTHENTICATED, anyone else FORBIDDEN,
 * and no value either way.
 */
export const RecordEditorsOnly: MiddlewareFn<Context> = ({ root, context }, next) => {
  const { viewer } = context;
  if (viewer.role === 'anonymous') throw unauthenticated();
  if (!mayWriteFor(viewer, (root as RecordRoot).jurisdictionCode)) {
    throw forbidden("Only the record's editors (the secretariat and the contributors of its jurisdiction) read this field");
  }
  return next();
};

/**
 * Where a record came from: its editors see the file, line and run of the load; everyone else sees who loaded it
 * (the secretariat's ingest, or an edit through the portal) and when.
 */
export const ProvenanceForReaders: MiddlewareFn<Context> = async ({ root, context }, next) => {
  const provenance = (await next()) as Provenance | null;
  if (!provenance || mayWriteFor(context.viewer, (root as RecordRoot).jurisdictionCode)) return provenance;
  return { origin: provenance.origin, at: provenance.at, file: null, line: null, runId: null };
};
