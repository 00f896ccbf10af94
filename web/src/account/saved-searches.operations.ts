import { graphql } from '../gql';

export const SavedSearchesDocument = graphql(`
  query SavedSearches {
    savedSearches {
      id
      name
      searchPath
      feedUrlHint
      createdAt
      lastMatchedAt
      webhooks {
        id
        url
        createdAt
        deliveries(first: 10) {
          id
          status
          attempts
          recordCount
          createdAt
          deliveredAt
          nextAttemptAt
          attemptLog {
            attempt
            attemptedAt
            statusCode
            error
          }
        }
      }
    }
  }
`);

export const SaveSearchDocument = graphql(`
  mutation SaveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      id
      name
      feedUrl
    }
  }
`);

export const DeleteSavedSearchDocument = graphql(`
  mutation DeleteSavedSearch($id: ID!) {
    deleteSavedSearch(id: $id) {
      id
    }
  }
`);

export const RotateSavedSearchFeedDocument = graphql(`
  mutation RotateSavedSearchFeed($id: ID!) {
    rotateSavedSearchFeed(id: $id) {
      id
      feedUrl
    }
  }
`);

export const AddSavedSearchWebhookDocument = graphql(`
  mutation AddSavedSearchWebhook($id: ID!, $url: String!) {
    addSavedSearchWebhook(id: $id, url: $url) {
      signingKey
      webhook {
        id
        url
      }
    }
  }
`);

export const RemoveSavedSearchWebhookDocument = graphql(`
  mutation RemoveSavedSearchWebhook($id: ID!) {
    removeSavedSearchWebhook(id: $id) {
      id
    }
  }
`);
