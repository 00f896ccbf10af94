import { type ReactNode } from 'react';
import { fieldId } from '../forms/fields';

interface Props<T> {
  /** The record's field (`defendants`), which names the controls' ids. */
  path: string;
  legend: string;
  /** "defendant": the buttons say "Add a defendant", "Remove defendant 2". */
  noun: string;
  items: T[];
  onChange: (items: T[]) => void;
  blank: () => T;
  /** The field of an item that takes focus when it is added. */
  firstField: string;
  render: (item: T, update: (patch: Partial<T>) => void, prefix: string, index: number) => ReactNode;
  error?: string;
}

/**
 * A list of structured items (proceedings, defendants, victims…): each in its own group, with buttons to add and
 * remove; focus moves to the new item's first field, or to the add button after a removal.
 */
export function Repeater<T>({ path, legend, noun, items, onChange, blank, firstField, render, error }: Props<T>) {
  const listId = fieldId(path);
  const addId = `${listId}-add`;
  return (
    <fieldset className="repeater" id={listId} tabIndex={-1}>
      <legend>
        {legend} <span className="count-badge">{items.length}</span>
      </legend>
      {error && <p className="field-error">{error}</p>}
      {items.map((item, index) => {
        const prefix = `${path}[${index}]`;
        const update = (patch: Partial<T>) => onChange(items.map((it, i) => (i === index ? { ...it, ...patch } : it)));
        return (
          <fieldset key={index} className="repeater-item">
            <legend>
              {noun.charAt(0).toUpperCase() + noun.slice(1)} {index + 1}
            </legend>
            {render(item, update, prefix, index)}
            <button
              type="button"
              className="secondary"
              onClick={() => {
                onChange(items.filter((_, i) => i !== index));
                requestAnimationFrame(() => document.getElementById(addId)?.focus());
              }}
            >
              Remove {noun} {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        id={addId}
        className="secondary"
        onClick={() => {
          onChange([...items, blank()]);
          const next = fieldId(`${path}[${items.length}].${firstField}`);
          requestAnimationFrame(() => document.getElementById(next)?.focus());
        }}
      >
        Add a {noun}
      </button>
    </fieldset>
  );
}
