import { Case, IngestRejection, IngestRun, Law } from '../entities';
import { Connection } from './pagination';

export const CaseConnection = Connection('Case', Case);
export const LawConnection = Connection('Law', Law);
export const IngestRunConnection = Connection('IngestRun', IngestRun);
export const IngestRejectionConnection = Connection('IngestRejection', IngestRejection);
