import { graphql } from '../gql';

export const ViewerDocument = graphql(`
  query RequestViewer {
    me {
      email
      role
      authority {
        id
        name
        jurisdiction {
          code
          name
        }
      }
    }
  }
`);

export const StatesDocument = graphql(`
  query RequestStates {
    jurisdictions {
      code
      name
    }
  }
`);

export const RequestDraftDocument = graphql(`
  query RequestDraft($id: ID!) {
    request(id: $id) {
      id
      kind
      direction
      status
      reference
      requestingState {
        code
        name
      }
      requestedState {
        code
        name
      }
      case {
        reference
        title
      }
      measures {
        form
        description
        relevance
        procedure
        confiscationOrder
      }
      requestingAuthority
      requestingAuthorityContact
      conductingAuthority
      subject
      proceedingsNature
      facts
      offences {
        description
        lawReference
        provision
        excerpt
        penalty
        crimeType
        time
        place
        participation
      }
      persons {
        name
        role
        nationality
        dateOfBirth
        location
        description
      }
      purpose
      legalBasis
      legalBasisTreaty {
        reference
        title
      }
      legalBasisDetail
      urgent
      urgencyReason
      confidential
      confidentialityReason
      language
      priorContact
      otherChannels
      officialsPresence
      personSought {
        name
        role
        nationality
        dateOfBirth
        location
        description
      }
      arrestWarrant
      conviction
      sentenceServed
      trialPresence
      limitation
      evidence
      sentOn
      receivedOn
      dueOn
      completedOn
      outcome
      refusalGrounds
      completeness {
        complete
        missing {
          field
          requirement
          message
          essential
        }
      }
      warnings
      addressee {
        name
        languages
        channels
        interpolAccepted
        urgentProcedure
        documentsRequired
        contact {
          address
          email
          phone
        }
      }
      legalBasisAdvice {
        options {
          basis
          explanation
          treaty {
            reference
            title
          }
          article {
            id
          }
        }
        warnings
      }
      overdue
      allowedEvents
      events {
        type
        date
        author
        note
        refusalGrounds
        statusAfter
      }
    }
  }
`);

export const CreateRequestDocument = graphql(`
  mutation CreateRequest($input: RequestInput!) {
    createRequest(input: $input) {
      id
    }
  }
`);

export const UpdateRequestDocument = graphql(`
  mutation UpdateRequest($id: ID!, $input: RequestInput!) {
    updateRequest(id: $id, input: $input) {
      id
    }
  }
`);

export const RecordRequestEventDocument = graphql(`
  mutation RecordRequestEvent($id: ID!, $event: RequestEventInput!) {
    recordRequestEvent(id: $id, event: $event) {
      id
      status
    }
  }
`);

export const CrimeTypesDocument = graphql(`
  query RequestCrimeTypes {
    crimeTypes {
      code
      label
    }
  }
`);

export const TrackedRequestsDocument = graphql(`
  query TrackedRequests($first: Int, $after: String, $filter: RequestFilter) {
    requests(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          direction
          status
          reference
          subject
          createdAt
          dueOn
          overdue
          receivedOn
          sentOn
          completedOn
          requestingState {
            code
            name
          }
          requestedState {
            code
            name
          }
          case {
            reference
          }
          completeness {
            complete
          }
        }
      }
    }
  }
`);

export const RequestRemindersDocument = graphql(`
  query RequestReminders($filter: RequestFilter) {
    requestReminders(first: 200, filter: $filter) {
      action
      waitingOn
      waitingOnUs
      since
      dueOn
      overdue
      request {
        id
        kind
        direction
        status
        reference
        subject
        requestingState {
          code
          name
        }
        requestedState {
          code
          name
        }
      }
    }
  }
`);
