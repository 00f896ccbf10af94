import { graphql } from '../gql';

export const RequestStatisticsDocument = graphql(`
  query RequestStatisticsPage($filter: RequestStatisticsFilter) {
    requestStatistics(filter: $filter) {
      view
      country
      total
      totalSuppressed
      anySuppressed
      byYear {
        year
        direction
        count
        suppressed
      }
      byCountry {
        value
        label
        count
        suppressed
      }
      byOutcome {
        value
        label
        count
        suppressed
      }
      byKind {
        value
        label
        count
        suppressed
      }
      byCrimeType {
        value
        label
        count
        suppressed
      }
      byRefusalGround {
        value
        label
        count
        suppressed
      }
      byLegalBasis {
        value
        label
        count
        suppressed
      }
      completedCount
      medianDaysToCompletion
      p90DaysToCompletion
    }
  }
`);
