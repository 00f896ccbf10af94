import { type ReactNode, useEffect, useRef } from 'react';
import { ApiError, type FieldError } from '../api/client';
import { fieldId, labelOfPath, type Problem } from './paths';

export { fieldId, labelOfPath, type Problem };

/** The API's per-field errors as problems at the fields; any other refusal as one problem of the form. */
export function problemsFrom(error: unknown, formId: string, fallbackPath?: (field: string) => string | null): Problem[] {
  if (error instanceof ApiError && error.fieldErrors.length > 0) {
    return error.fieldErrors.map((e: FieldError) => ({
      id: fallbackPath?.(e.field) ?? fieldId(e.field),
      message: `${labelOfPath(e.field)}: ${e.message}`,
    }));
  }
  return [{ id: formId, message: error instanceof Error ? error.message : String(error) }];
}

export const problemAt = (problems: Problem[], id: string) => problems.find((p) => p.id === id)?.message;

/**
 * The form's problems in one list that takes focus (so a screen reader reads it), each linking to its field.
 * `focusKey` changes on each attempt to send the form: the summary takes focus then, not while the user types.
 */
export function ErrorSummary({ problems, focusKey, title = 'There is a problem' }: { problems: Problem[]; focusKey: number; title?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0 && problems.length > 0) box.current?.focus();
    // Only a new attempt moves focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{problems.length === 1 ? title : `There are ${problems.length} problems`}</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.id}-${i}`}>
            <a
              href={`#${p.id}`}
              onClick={(event) => {
                const target = document.getElementById(p.id);
                if (target) {
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: 'center' });
                }
              }}
            >
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  className?: string;
}

function describedBy(id: string, error?: string, hint?: string) {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Frame({ id, label, error, hint, required, className, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {' '}
            (required)
          </span>
        )}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

export function TextField(
  props: FieldProps & { value: string; onChange: (value: string) => void; type?: string; autoComplete?: string; readOnly?: boolean; inputMode?: 'numeric' | 'text'; list?: string },
) {
  const { id, value, onChange, type = 'text', autoComplete, readOnly, inputMode, list, error, hint, required } = props;
  return (
    <Frame {...props}>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        readOnly={readOnly}
        inputMode={inputMode}
        list={list}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
    </Frame>
  );
}

export function TextArea(props: FieldProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  const { id, value, onChange, rows = 4, error, hint, required } = props;
  return (
    <Frame {...props}>
      <textarea
        id={id}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
    </Frame>
  );
}

export function SelectField(
  props: FieldProps & { value: string; onChange: (value: string) => void; options: { value: string; label: string }[]; blank?: string },
) {
  const { id, value, onChange, options, blank, error, hint, required } = props;
  return (
    <Frame {...props}>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      >
        {blank !== undefined && <option value="">{blank}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function CheckboxField({ id, label, checked, onChange, error }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void; error?: string }) {
  return (
    <div className={`field field-check${error ? ' field-invalid' : ''}`}>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={error ? `${id}-error` : undefined} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
