import { useId, useState } from 'react';
import { type ListFacet } from './search-state';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

const SHOWN_AT_FIRST = 8;

export const FACET_TITLES: Record<ListFacet | 'year', string> = {
  crimeType: 'Crime type',
  country: 'Country',
  region: 'Region',
  article: 'Instrument and article',
  courtLevel: 'Court level',
  keyword: 'Keyword',
  year: 'Year',
};

interface Props {
  field: ListFacet;
  values: FacetValue[];
  selected: string[];
  onToggle: (value: string) => void;
}

/** One facet: a checkbox per value with its count; the most frequent values first, the rest on demand. */
export function FacetPanel({ field, values, selected, onToggle }: Props) {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const shown = expanded ? values : values.filter((v, i) => i < SHOWN_AT_FIRST || selected.includes(v.value));
  const groups = field === 'article' ? groupByInstrument(shown) : [{ title: null, values: shown }];

  return (
    <fieldset className="facet" data-facet={field}>
      <legend>{FACET_TITLES[field]}</legend>
      {values.length === 0 && <p className="hint">No values for this search.</p>}
      <div id={listId}>
        {groups.map((group) => (
          <div key={group.title ?? 'all'} role={group.title ? 'group' : undefined} aria-label={group.title ?? undefined}>
            {group.title && <p className="facet-group">{group.title}</p>}
            <ul>
              {group.values.map((v) => (
                <li key={v.value}>
                  <label>
                    <input type="checkbox" checked={selected.includes(v.value)} onChange={() => onToggle(v.value)} />
                    <span className="facet-label">{v.label}</span>
                    <span className="count">
                      {v.count.toLocaleString('en')}
                      <span className="sr-only"> results</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {values.length > SHOWN_AT_FIRST && (
        <button type="button" className="link-button" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${values.length}`}
        </button>
      )}
    </fieldset>
  );
}

/** Article ids are `<INSTRUMENT>-<number>`: grouped under their instrument, in the order they come. */
function groupByInstrument(values: FacetValue[]) {
  const groups = new Map<string, FacetValue[]>();
  for (const v of values) {
    const instrument = v.value.split('-')[0];
    groups.set(instrument, [...(groups.get(instrument) ?? []), v]);
  }
  return [...groups].map(([instrument, items]) => ({ title: INSTRUMENT_NAMES[instrument] ?? instrument, values: items }));
}

const INSTRUMENT_NAMES: Record<string, string> = {
  UNTOC: 'Organized Crime Convention',
  TIP: 'Trafficking in Persons Protocol',
  SOM: 'Smuggling of Migrants Protocol',
  FIREARMS: 'Firearms Protocol',
};
