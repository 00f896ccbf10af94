import { FACET_TITLES, type FacetValue } from './FacetPanel';
import { LIST_FACETS, type ListFacet, type SearchState } from './search-state';

interface Props {
  state: SearchState;
  /** Labels of facet values, by facet (values missing from the current facets show their code). */
  labels: Partial<Record<ListFacet, FacetValue[]>>;
  onRemove: (facet: ListFacet, value: string) => void;
  onClearYears: () => void;
  onClearAll: () => void;
}

/** The filters in force, each removable with one click, and "clear all". */
export function ActiveFilters({ state, labels, onRemove, onClearYears, onClearAll }: Props) {
  const chips = LIST_FACETS.flatMap((facet) =>
    state.filters[facet].map((value) => ({
      facet,
      value,
      label: labels[facet]?.find((v) => v.value === value)?.label ?? value,
    })),
  );
  const hasYears = state.yearFrom !== null || state.yearTo !== null;
  if (chips.length === 0 && !hasYears) return null;

  return (
    <section className="active-filters" aria-label="Active filters">
      <ul>
        {chips.map((chip) => (
          <li key={`${chip.facet}:${chip.value}`}>
            <button type="button" className="chip" onClick={() => onRemove(chip.facet, chip.value)}>
              <span className="sr-only">Remove filter </span>
              {FACET_TITLES[chip.facet]}: {chip.label}
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        ))}
        {hasYears && (
          <li>
            <button type="button" className="chip" onClick={onClearYears}>
              <span className="sr-only">Remove filter </span>
              Years: {state.yearFrom ?? '…'}–{state.yearTo ?? '…'}
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        )}
      </ul>
      <button type="button" className="link-button" onClick={onClearAll}>
        Clear all filters
      </button>
    </section>
  );
}
