import { useId, useMemo, useState } from 'react';
import { type EditorVocabulariesQuery } from '../gql/graphql';

type Vocabularies = EditorVocabulariesQuery;

function toggle(list: string[], value: string, on: boolean) {
  return on ? (list.includes(value) ? list : [...list, value]) : list.filter((v) => v !== value);
}

function Legend({ text, count, error, id }: { text: string; count: number; error?: string; id: string }) {
  return (
    <>
      <legend>
        {text} <span className="count-badge">{count} chosen</span>
      </legend>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

/** Crime types of the controlled vocabulary, as checkboxes. */
export function CrimeTypePicker({ id, value, onChange, vocab, error }: { id: string; value: string[]; onChange: (v: string[]) => void; vocab: Vocabularies; error?: string }) {
  return (
    <fieldset className="picker" id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined}>
      <Legend text="Crime types" count={value.length} error={error} id={id} />
      <ul className="check-columns">
        {vocab.crimeTypes.map((c) => (
          <li key={c.code}>
            <label>
              <input type="checkbox" checked={value.includes(c.code)} onChange={(e) => onChange(toggle(value, c.code, e.target.checked))} /> {c.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The two-level keyword vocabulary: a group of checkboxes per category. */
export function KeywordPicker({ id, value, onChange, vocab, error }: { id: string; value: string[]; onChange: (v: string[]) => void; vocab: Vocabularies; error?: string }) {
  const categories = useMemo(() => {
    const groups = new Map<string, string[]>();
    for (const k of vocab.keywords) groups.set(k.category, [...(groups.get(k.category) ?? []), k.label]);
    return [...groups];
  }, [vocab]);
  return (
    <fieldset className="picker" id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined}>
      <Legend text="Keywords" count={value.length} error={error} id={id} />
      {categories.map(([category, labels]) => (
        <details key={category} open={labels.some((l) => value.includes(l))}>
          <summary>
            {category} ({labels.filter((l) => value.includes(l)).length} of {labels.length})
          </summary>
          <ul className="check-columns">
            {labels.map((label) => (
              <li key={label}>
                <label>
                  <input type="checkbox" checked={value.includes(label)} onChange={(e) => onChange(toggle(value, label, e.target.checked))} /> {label}
                </label>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </fieldset>
  );
}

/** Articles of the Convention and Protocols: a filter box, the chosen ones, then every article by instrument. */
export function ArticlePicker({ id, value, onChange, vocab, error, label = 'Articles of the Convention and Protocols' }: { id: string; value: string[]; onChange: (v: string[]) => void; vocab: Vocabularies; error?: string; label?: string }) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const words = filter.trim().toLowerCase();
  const titles = useMemo(() => new Map(vocab.instruments.flatMap((i) => i.articles.map((a) => [a.id, a.title] as const))), [vocab]);
  return (
    <fieldset className="picker" id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined}>
      <Legend text={label} count={value.length} error={error} id={id} />
      {value.length > 0 && (
        <ul className="chips" aria-label="Chosen articles">
          {value.map((a) => (
            <li key={a}>
              {a}: {titles.get(a) ?? ''}{' '}
              <button type="button" className="chip-remove" aria-label={`Remove ${a}`} onClick={() => onChange(value.filter((v) => v !== a))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={filterId}>Find an article (number or title)</label>
      <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      {vocab.instruments.map((instrument) => {
        const articles = instrument.articles.filter(
          (a) => !words || a.id.toLowerCase().includes(words) || a.title.toLowerCase().includes(words) || String(a.number) === words,
        );
        if (articles.length === 0) return null;
        return (
          <details key={instrument.code} open={!!words}>
            <summary>
              {instrument.shortTitle} ({articles.filter((a) => value.includes(a.id)).length} chosen)
            </summary>
            <ul className="check-columns">
              {articles.map((a) => (
                <li key={a.id}>
                  <label>
                    <input type="checkbox" checked={value.includes(a.id)} onChange={(e) => onChange(toggle(value, a.id, e.target.checked))} /> {a.id}: {a.title}
                  </label>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </fieldset>
  );
}

/** Options for a typed State (code or name): the API accepts either. */
export function JurisdictionOptions({ id, vocab }: { id: string; vocab: Vocabularies }) {
  return (
    <datalist id={id}>
      {vocab.jurisdictions.map((j) => (
        <option key={j.code} value={j.code}>
          {j.name}
        </option>
      ))}
    </datalist>
  );
}

export function ArticleOptions({ id, vocab }: { id: string; vocab: Vocabularies }) {
  return (
    <datalist id={id}>
      {vocab.instruments.flatMap((i) =>
        i.articles.map((a) => (
          <option key={a.id} value={a.id}>
            {a.title}
          </option>
        )),
      )}
    </datalist>
  );
}
