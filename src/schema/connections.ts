import { AuditEntry, AuthorityProposal, Case, Law } from '../entities';
import { Connection } from './pagination';

export const CaseConnection = Connection('Case', Case);
export const LawConnection = Connection('Law', Law);
export const AuditEntryConnection = Connection('AuditEntry', AuditEntry);
export const AuthorityProposalConnection = Connection('AuthorityProposal', AuthorityProposal);
