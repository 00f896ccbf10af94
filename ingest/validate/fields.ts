import { cleanParagraphs, cleanText, didYouMean, type Normalized } from '../normalize';

/** A rejected field: its path in the record (`defendants[0].nationality`), the value and why. */
/** Longest code or label a normalizer is given (country, article, crime type, keyword, date…). */
const MAX_LABEL_CHARS = 1000;

export interface FieldError {
  field: string;
  value: unknown;
  message: string;
}

/**
 * Reads fields of one raw record, collecting every error instead of stopping at the first, so a report tells
 * the secretariat all that is wrong with a row at once.
 */
const URL_PATTERN = /^https?:\/\/\S+$/i;

export class FieldReader {
  readonly errors: FieldError[] = [];

  fail(field: string, value: unknown, message: string): null {
    this.errors.push({ field, value: preview(value), message });
    return null;
  }

  /** A string field: trimmed, NFC, whitespace collapsed (or paragraphs kept), length-checked. */
  text(
    obj: Record<string, unknown>,
    key: string,
    path: string,
    opts: { required?: boolean; max?: number; paragraphs?: boolean } = {},
  ): string | null {
    const raw = obj[key];
    if (raw === undefined || raw === null || raw === '') {
      return opts.required ? this.fail(path, raw, 'is required') : null;
    }
    if (typeof raw !== 'string' && typeof raw !== 'number') return this.fail(path, raw, 'must be a string');
    const max = opts.max ?? 2000;
    // Cleaning only ever shortens runs of whitespace: text far over the limit is refused before it is cleaned.
    if (String(raw).length > max * 4) {
      return this.fail(path, `${String(raw).slice(0, 40)}…`, `is too long: ${String(raw).length} characters, at most ${max}`);
    }
    const value = opts.paragraphs ? cleanParagraphs(String(raw)) : cleanText(String(raw));
    if (value === '') return opts.required ? this.fail(path, raw, 'is required') : null;
    if (value.length > max)
      return this.fail(path, `${value.slice(0, 40)}…`, `is too long: ${value.length} characters, at most ${max}`);
    return value;
  }

  /** A value passed through a normalizer; its error message already names the value and what is accepted. */
  normalized<T>(path: string, raw: unknown, normalize: (input: string) => Normalized<T>): T | null {
    if (raw === undefined || raw === null || raw === '') return null;
    if (typeof raw !== 'string' && typeof raw !== 'number') return this.fail(path, raw, 'must be a string');
    // Codes and labels are short: a longer value is refused before any normalizer works on it.
    if (String(raw).length > MAX_LABEL_CHARS) {
      return this.fail(path, `${String(raw).slice(0, 40)}…`, `is too long: ${String(raw).length} characters, at most ${MAX_LABEL_CHARS} for a code or label`);
    }
    const result = normalize(String(raw));
    return result.ok ? result.value : this.fail(path, raw, result.error);
  }

  /** A required value passed through a normalizer. */
  requiredNormalized<T>(path: string, raw: unknown, normalize: (input: string) => Normalized<T>): T | null {
    if (raw === undefined || raw === null || raw === '') return this.fail(path, raw, 'is required');
    return this.normalized(path, raw, normalize);
  }

  /** The `sources` list: `{ label, url }` objects or bare URLs. */
  sources(obj: Record<string, unknown>): { label: string; url: string | null }[] {
    return this.list(obj, 'sources', 'sources', 50).map((s, i) => {
      const o = typeof s === 'string' ? { url: s } : (this.object(s, `sources[${i}]`) ?? {});
      this.onlyFields(o, `sources[${i}]`, 'a source', ['label', 'url']);
      const url = this.text(o, 'url', `sources[${i}].url`, { max: 2000 });
      if (url && !URL_PATTERN.test(url)) this.fail(`sources[${i}].url`, url, 'must be an http(s) URL');
      return { label: this.text(o, 'label', `sources[${i}].label`, { max: 300 }) ?? 'Source', url };
    });
  }

  /** A list field: an array, or (from CSV) a string with `;` between items. */
  list(obj: Record<string, unknown>, key: string, path: string, max = 200): unknown[] {
    const raw = obj[key];
    if (raw === undefined || raw === null || raw === '') return [];
    const items =
      typeof raw === 'string'
        ? raw
            .split(';')
            .map((s) => s.trim())
            .filter(Boolean)
        : raw;
    if (!Array.isArray(items)) return (this.fail(path, raw, 'must be a list'), []);
    if (items.length > max) return (this.fail(path, `${items.length} items`, `has too many items: at most ${max}`), []);
    return items;
  }

  /**
   * Rejects the keys of `obj` that are not among `fields` (a CSV column or JSON key with a typo): their values
   * would otherwise be lost without anyone knowing.
   */
  onlyFields(obj: Record<string, unknown>, path: string, what: string, fields: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (fields.includes(key)) continue;
      const hint = didYouMean(key.toLowerCase(), fields.map((f) => [f.toLowerCase(), f] as const));
      this.fail(path ? `${path}.${key}` : key, obj[key], `is not a field of ${what} (${fields.join(', ')}).${hint}`);
    }
  }

  object(raw: unknown, path: string): Record<string, unknown> | null {
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) return raw as Record<string, unknown>;
    return this.fail(path, raw, 'must be an object');
  }

  integer(obj: Record<string, unknown>, key: string, path: string, min: number, max: number): number | null {
    const raw = obj[key];
    if (raw === undefined || raw === null || raw === '') return null;
    const value = typeof raw === 'string' ? Number(raw.trim()) : raw;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      return this.fail(path, raw, `must be a whole number from ${min} to ${max}`);
    }
    return value;
  }
}

function preview(value: unknown): unknown {
  if (typeof value === 'string' && value.length > 120) return `${value.slice(0, 117)}...`;
  if (value && typeof value === 'object') {
    const json = JSON.stringify(value);
    return json.length > 120 ? `${json.slice(0, 117)}...` : value;
  }
  return value;
}

/** Removes repeated values, keeping the first occurrence. */
export const unique = <T>(values: T[], key: (v: T) => unknown = (v) => v): T[] => {
  const seen = new Set();
  return values.filter((v) => (seen.has(key(v)) ? false : (seen.add(key(v)), true)));
};
