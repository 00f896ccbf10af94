import { graphql } from '../gql';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      jurisdictions {
        code
        name
      }
      authority {
        id
        name
      }
    }
  }
`);

export const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
      expiresAt
      user {
        id
        email
      }
    }
  }
`);
