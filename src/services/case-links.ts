import { type Selection } from '../schema/selection';

/**
 * Reading ahead the links of cases: when a query selects a case's jurisdiction, articles, crime types or
 * defendants (and their charges), the statement that reads the cases also reads those links as JSON, and the
 * request's loaders are primed with them, so the field resolvers (and every rule they apply, such as the
 * privacy of names) run unchanged without another round trip (src/loaders/case-links.ts primes them). Same rows,
 * same order as the loaders' own statements (src/loaders/index.ts).
 */
export interface CaseLinks {
  jurisdiction: boolean;
  articles: boolean;
  crimeTypes: boolean;
  defendants: boolean;
  charges: boolean;
}

export const NO_CASE_LINKS: CaseLinks = { jurisdiction: false, articles: false, crimeTypes: false, defendants: false, charges: false };

/**
 * Long columns of a case that only their own field reads: left out of a read-ahead statement unless selected
 * (GraphQL field → column). Every other column is always read (rules and cursors use them).
 */
const DEFERRABLE_COLUMNS: Record<string, string> = {
  summary: 'summary',
  legalReasoning: 'legal_reasoning',
  commentary: 'commentary',
  sources: 'sources',
  provenance: 'provenance',
  reviewNote: 'review_note',
};

/** The long columns a selection of Case fields does not need. */
export function unselectedCaseColumns(selection: Selection): Set<string> {
  return new Set(Object.entries(DEFERRABLE_COLUMNS).filter(([field]) => !selection.has(field)).map(([, column]) => column));
}

/** The links a selection of Case fields follows. */
export function caseLinksOf(selection: Selection): CaseLinks {
  return {
    jurisdiction: selection.has('jurisdiction'),
    articles: selection.has('articles'),
    crimeTypes: selection.has('crimeTypes'),
    defendants: selection.has('defendants'),
    charges: selection.get('defendants')?.has('charges') ?? false,
  };
}

/** JSON columns reading the links of the case row `alias`, one per link selected. */
export function caseLinkColumns(links: CaseLinks, alias: string): string[] {
  const columns: string[] = [];
  if (links.jurisdiction) {
    columns.push(`(SELECT row_to_json(j) FROM jurisdictions j WHERE j.code = ${alias}.jurisdiction_code) AS _jurisdiction`);
  }
  if (links.articles) {
    columns.push(
      `(SELECT json_agg(json_build_object('a', row_to_json(a), 'i', row_to_json(i), 'paragraph', ca.paragraph)
                  ORDER BY array_position(ARRAY['UNTOC','TIP','SOM','FIREARMS'], i.code::text), a.number)
          FROM case_articles ca JOIN articles a ON a.id = ca.article_id JOIN instruments i ON i.code = a.instrument_code
         WHERE ca.case_id = ${alias}.id) AS _articles`,
    );
  }
  if (links.crimeTypes) {
    columns.push(
      `(SELECT json_agg(row_to_json(t) ORDER BY t.label) FROM case_crime_types cc JOIN crime_types t ON t.code = cc.crime_type_code
         WHERE cc.case_id = ${alias}.id) AS _crime_types`,
    );
  }
  if (links.defendants) {
    const charges = links.charges
      ? `COALESCE((SELECT json_agg(row_to_json(ch) ORDER BY ch.seq) FROM charges ch WHERE ch.defendant_id = d.id), '[]'::json)`
      : 'NULL';
    columns.push(
      `(SELECT json_agg(json_build_object('d', row_to_json(d), 'charges', ${charges}) ORDER BY d.seq) FROM defendants d
         WHERE d.case_id = ${alias}.id) AS _defendants`,
    );
  }
  return columns;
}

