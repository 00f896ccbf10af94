import { graphql } from '../gql';

export const SearchDocument = graphql(`
  query Search($input: SearchInput!) {
    search(input: $input) {
      total
      matchedAllWords
      suggestion
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        field
        values {
          value
          label
          count
        }
      }
      hits {
        cursor
        highlights {
          field
          snippet
        }
        record {
          __typename
          ... on Case {
            reference
            title
            decisionDate
            courtLevel
            summary
            court {
              name
            }
            jurisdiction {
              code
              name
            }
            crimeTypes {
              code
              label
            }
          }
          ... on Publication {
            reference
            title
            year
            kind
            authors
            publisher
            countries {
              code
              name
            }
            crimeTypes {
              code
              label
            }
          }
          ... on Law {
            reference
            title
            enactedOn
            legalStatus
            jurisdiction {
              code
              name
            }
            crimeTypes {
              code
              label
            }
          }
        }
      }
    }
  }
`);

/** Alpha-3 code, name and M49 code of every jurisdiction: joins search counts to the world map's shapes. */
export const MapJurisdictionsDocument = graphql(`
  query MapJurisdictions {
    jurisdictions {
      code
      name
      m49
    }
  }
`);
