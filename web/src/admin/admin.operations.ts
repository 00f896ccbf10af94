import { graphql } from '../gql';

export const IngestRunsDocument = graphql(`
  query IngestRuns($first: Int, $after: String) {
    ingestRuns(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          startedBy
          startedAt
          finishedAt
          file
          kind
          format
          status
          read
          created
          updated
          unchanged
          rejected
          error
        }
      }
    }
  }
`);

export const IngestRunDocument = graphql(`
  query IngestRun($id: ID!) {
    ingestRun(id: $id) {
      id
      startedBy
      startedAt
      finishedAt
      file
      kind
      format
      compressed
      publish
      status
      read
      created
      updated
      unchanged
      rejected
      error
    }
  }
`);

export const IngestRejectionsDocument = graphql(`
  query IngestRejections($id: ID!, $first: Int, $after: String) {
    ingestRun(id: $id) {
      id
      rejections(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            line
            reference
            field
            value
            reason
          }
        }
      }
    }
  }
`);

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          actor
          action
          entityType
          entityId
          requestId
          before
          after
        }
      }
    }
  }
`);
