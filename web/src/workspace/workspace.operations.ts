import { graphql } from '../gql';

export const VocabulariesDocument = graphql(`
  query EditorVocabularies {
    crimeTypes {
      code
      label
    }
    keywords {
      category
      label
    }
    instruments {
      code
      shortTitle
      articles {
        id
        number
        title
      }
    }
    jurisdictions {
      code
      name
    }
  }
`);

export const MyCasesDocument = graphql(`
  query WorkspaceCases($statuses: [RecordStatus!], $first: Int, $after: String) {
    cases(statuses: $statuses, first: $first, after: $after, orderBy: REFERENCE_ASC) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          reference
          title
          status
          reviewNote
          updatedAt
          jurisdiction {
            code
            name
          }
        }
      }
    }
  }
`);

export const MyLawsDocument = graphql(`
  query WorkspaceLaws($statuses: [RecordStatus!], $first: Int, $after: String) {
    laws(statuses: $statuses, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          reference
          title
          status
          reviewNote
          updatedAt
          jurisdiction {
            code
            name
          }
        }
      }
    }
  }
`);

export const EditCaseDocument = graphql(`
  query EditCase($reference: String!) {
    case(reference: $reference) {
      reference
      title
      status
      reviewNote
      updatedAt
      jurisdiction {
        code
      }
      court {
        name
      }
      courtLevel
      decisionDate
      sentenceDate
      language
      summary
      legalReasoning
      commentary
      crimeTypes {
        code
      }
      articles {
        id
      }
      keywords {
        label
      }
      lawReferences
      citedCaseReferences
      proceedings {
        stage
        decisionDate
        courtName
        place
        outcome
      }
      defendants {
        name
        legalPerson
        gender
        nationalityCode
        age
        charges {
          lawReference
          verdict
          sentence
          prisonMonths
        }
      }
      victims {
        count
        gender
        child
        name
        nationalityCode
      }
      cooperation {
        type
        counterpart {
          code
        }
        legalBasis {
          id
        }
        description
      }
      sources {
        label
        url
      }
    }
  }
`);

export const CreateCaseDocument = graphql(`
  mutation CreateCaseDraft($input: CaseInput!) {
    createCaseDraft(input: $input) {
      reference
      status
      updatedAt
    }
  }
`);

export const UpdateCaseDocument = graphql(`
  mutation UpdateCaseDraft($reference: String!, $input: CaseInput!) {
    updateCase(reference: $reference, input: $input) {
      reference
      status
      updatedAt
    }
  }
`);

export const SubmitCaseDocument = graphql(`
  mutation SubmitCase($reference: String!) {
    submitCase(reference: $reference) {
      reference
      status
    }
  }
`);

export const EditLawDocument = graphql(`
  query EditLaw($reference: String!) {
    law(reference: $reference) {
      reference
      title
      status
      reviewNote
      updatedAt
      jurisdiction {
        code
      }
      enactedOn
      legalStatus
      crimeTypes {
        code
      }
      provisions {
        number
        heading
        text
        articles {
          id
        }
      }
      sources {
        label
        url
      }
    }
  }
`);

export const CreateLawDocument = graphql(`
  mutation CreateLawDraft($input: LawInput!) {
    createLawDraft(input: $input) {
      reference
      status
      updatedAt
    }
  }
`);

export const UpdateLawDocument = graphql(`
  mutation UpdateLawDraft($reference: String!, $input: LawInput!) {
    updateLaw(reference: $reference, input: $input) {
      reference
      status
      updatedAt
    }
  }
`);

export const SubmitLawDocument = graphql(`
  mutation SubmitLaw($reference: String!) {
    submitLaw(reference: $reference) {
      reference
      status
    }
  }
`);
