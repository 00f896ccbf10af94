import { graphql } from '../gql';

export const DirectoryDocument = graphql(`
  query Directory {
    authorities {
      id
      name
      kinds
      designations
      jurisdiction {
        code
        name
        region
      }
    }
  }
`);

/** The same list with the contact details, for the accounts that may read them. */
export const DirectoryRestrictedDocument = graphql(`
  query DirectoryRestricted {
    authorities {
      id
      name
      kinds
      designations
      jurisdiction {
        code
        name
        region
      }
      contact {
        email
        phone
      }
    }
  }
`);

export const AuthorityDocument = graphql(`
  query Authority($id: ID!) {
    authority(id: $id) {
      id
      name
      kinds
      designations
      regionalNetworks
      conventionAsExtraditionBasis
      updatedAt
      jurisdiction {
        code
        name
      }
    }
  }
`);

export const AuthorityRestrictedDocument = graphql(`
  query AuthorityRestricted($id: ID!) {
    authority(id: $id) {
      id
      name
      kinds
      designations
      regionalNetworks
      conventionAsExtraditionBasis
      updatedAt
      jurisdiction {
        code
        name
      }
      contact {
        email
        phone
        fax
        address
        website
      }
      persons {
        name
        title
        email
        phone
        languages
      }
      officeHours
      timeZone
      languages
      documentsRequired
      formats
      channels
      interpolAccepted
      urgentProcedure
      comments
    }
  }
`);

export const ProposalsDocument = graphql(`
  query AuthorityProposals($status: ProposalStatus, $first: Int, $after: String) {
    authorityProposals(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          changes
          createdAt
          proposedBy
          reason
          reviewedAt
          reviewedBy
          authority {
            id
            name
            jurisdiction {
              name
            }
            kinds
            designations
            contact {
              email
              phone
              fax
              address
              website
            }
            persons {
              name
              title
              email
              phone
              languages
            }
            officeHours
            timeZone
            languages
            documentsRequired
            formats
            channels
            interpolAccepted
            urgentProcedure
            comments
          }
        }
      }
    }
  }
`);

export const ProposeChangesDocument = graphql(`
  mutation ProposeAuthorityChanges($input: AuthorityChangesInput!) {
    proposeAuthorityChanges(input: $input) {
      id
      status
    }
  }
`);

export const ApproveProposalDocument = graphql(`
  mutation ApproveAuthorityProposal($id: ID!) {
    approveAuthorityProposal(id: $id) {
      id
      status
    }
  }
`);

export const RejectProposalDocument = graphql(`
  mutation RejectAuthorityProposal($id: ID!, $reason: String!) {
    rejectAuthorityProposal(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const DirectoryExportDocument = graphql(`
  query DirectoryExport($format: ExportFormat!) {
    directoryExport(format: $format)
  }
`);
