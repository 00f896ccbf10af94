import { AuditEntry, AuthorityProposal, Case, IngestRejection, IngestRun, Law } from '../entities';
import { Connection } from './pagination';

export const CaseConnection = Connection('Case', Case);
export const LawConnection = Connection('Law', Law);
export const AuditEntryConnection = Connection('AuditEntry', AuditEntry);
export const AuthorityProposalConnection = Connection('AuthorityProposal', AuthorityProposal);
export const IngestRunConnection = Connection('IngestRun', IngestRun);
export const IngestRejectionConnection = Connection('IngestRejection', IngestRejection);
