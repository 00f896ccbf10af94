import { Article } from './article.entity';
import { CaseArticle } from './case-article.entity';
import { CaseCrimeType } from './case-crime-type.entity';
import { CaseKeyword } from './case-keyword.entity';
import { CaseLaw } from './case-law.entity';
import { CaseCitation } from './case-citation.entity';
import { Case } from './case.entity';
import { Charge } from './charge.entity';
import { CooperationAct } from './cooperation-act.entity';
import { Court } from './court.entity';
import { CrimeType } from './crime-type.entity';
import { Defendant } from './defendant.entity';
import { IngestRejection } from './ingest-rejection.entity';
import { IngestRun } from './ingest-run.entity';
import { Instrument } from './instrument.entity';
import { Jurisdiction } from './jurisdiction.entity';
import { Keyword } from './keyword.entity';
import { LawCrimeType } from './law-crime-type.entity';
import { LawProvision } from './law-provision.entity';
import { Law } from './law.entity';
import { Proceeding } from './proceeding.entity';
import { ProvisionArticle } from './provision-article.entity';
import { Ratification } from './ratification.entity';
import { VictimGroup } from './victim-group.entity';
import { Publication } from './publication.entity';
import { TreatyParty } from './treaty-party.entity';
import { Treaty } from './treaty.entity';
import { ApiToken } from './api-token.entity';
import { AuditEntry } from './audit-entry.entity';
import { Authority } from './authority.entity';
import { AuthorityPerson } from './authority-person.entity';
import { AuthorityProposal } from './authority-proposal.entity';
import { JurisdictionNetwork } from './jurisdiction-network.entity';
import { RecordAction, RecordEvent } from './record-event.entity';
import { User } from './user.entity';
import { CooperationRequest } from './cooperation-request.entity';
import { RequestEvent } from './request-event.entity';
import { UserJurisdiction } from './user-jurisdiction.entity';

export * from './enums';
export * from './library.enums';
export * from './embedded.types';
export * from './request.enums';
export * from './request.types';
export { IngestRecordKind, IngestRunStatus } from './ingest-run.entity';
export {
  Article, Case, CaseArticle, CaseCitation, CaseCrimeType, CaseKeyword, CaseLaw, Charge, CooperationAct, Court, CrimeType,
  Defendant, IngestRejection, IngestRun, Instrument, Jurisdiction, Keyword, Law, LawCrimeType, LawProvision, Proceeding, ProvisionArticle,
  Ratification, VictimGroup,
  ApiToken, AuditEntry, Authority, AuthorityPerson, AuthorityProposal, JurisdictionNetwork, RecordAction, RecordEvent,
  User, UserJurisdiction, Publication, Treaty, TreatyParty, CooperationRequest, RequestEvent,
};

/** Every entity the data source knows. */
export const ENTITIES = [
  Instrument, Article, Jurisdiction, Ratification, CrimeType, Keyword, Court, Case, Proceeding, CaseArticle,
  CaseCrimeType, CaseKeyword, CaseLaw, CaseCitation, Defendant, Charge, VictimGroup, CooperationAct, Law, LawCrimeType,
  LawProvision, ProvisionArticle, IngestRun, IngestRejection,
  User, UserJurisdiction, ApiToken, AuditEntry, RecordEvent, Authority, AuthorityPerson, AuthorityProposal,
  JurisdictionNetwork, Treaty, TreatyParty, Publication, CooperationRequest, RequestEvent,
];
