import { graphql } from '../gql';

export const ReviewQueueDocument = graphql(`
  query ReviewQueue($first: Int) {
    cases(statuses: [SUBMITTED], first: $first, orderBy: REFERENCE_ASC) {
      totalCount
      edges {
        node {
          reference
          title
          updatedAt
          jurisdiction {
            name
          }
        }
      }
    }
    laws(statuses: [SUBMITTED], first: $first) {
      totalCount
      edges {
        node {
          reference
          title
          updatedAt
          jurisdiction {
            name
          }
        }
      }
    }
  }
`);

export const ReviewCaseDocument = graphql(`
  query ReviewCase($reference: String!, $filter: AuditFilter!) {
    case(reference: $reference) {
      reference
      title
      status
      reviewNote
      jurisdiction {
        name
      }
      history {
        action
        actor
        at
        note
        status
      }
    }
    auditLog(filter: $filter, first: 100) {
      edges {
        node {
          id
          action
          actor
          at
          after
        }
      }
    }
  }
`);

export const ReviewLawDocument = graphql(`
  query ReviewLaw($reference: String!, $filter: AuditFilter!) {
    law(reference: $reference) {
      reference
      title
      status
      reviewNote
      jurisdiction {
        name
      }
      history {
        action
        actor
        at
        note
        status
      }
    }
    auditLog(filter: $filter, first: 100) {
      edges {
        node {
          id
          action
          actor
          at
          after
        }
      }
    }
  }
`);

export const ApproveCaseDocument = graphql(`
  mutation ApproveCase($reference: String!) {
    approveCase(reference: $reference) {
      reference
      status
    }
  }
`);
export const RejectCaseDocument = graphql(`
  mutation RejectCase($reference: String!, $reason: String!) {
    rejectCase(reference: $reference, reason: $reason) {
      reference
      status
    }
  }
`);
export const RequestCaseChangesDocument = graphql(`
  mutation RequestCaseChanges($reference: String!, $reason: String!) {
    requestCaseChanges(reference: $reference, reason: $reason) {
      reference
      status
    }
  }
`);
export const ApproveLawDocument = graphql(`
  mutation ApproveLaw($reference: String!) {
    approveLaw(reference: $reference) {
      reference
      status
    }
  }
`);
export const RejectLawDocument = graphql(`
  mutation RejectLaw($reference: String!, $reason: String!) {
    rejectLaw(reference: $reference, reason: $reason) {
      reference
      status
    }
  }
`);
export const RequestLawChangesDocument = graphql(`
  mutation RequestLawChanges($reference: String!, $reason: String!) {
    requestLawChanges(reference: $reference, reason: $reason) {
      reference
      status
    }
  }
`);
