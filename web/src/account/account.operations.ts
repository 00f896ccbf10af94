import { graphql } from '../gql';

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      token
      expiresAt
    }
  }
`);

export const ApiTokensDocument = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      display
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($name: String!, $expiresInDays: Int) {
    createApiToken(name: $name, expiresInDays: $expiresInDays) {
      token
      apiToken {
        id
        name
      }
    }
  }
`);

export const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);
