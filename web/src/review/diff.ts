/** A record in the catalogue record format, as the audit log keeps it before and after each write. */
export type Snapshot = Record<string, unknown>;

export interface FieldDiff {
  field: string;
  published: unknown;
  submitted: unknown;
  change: 'added' | 'removed' | 'changed' | 'same';
}

/** The catalogue record's order of fields (the audit log's JSON keeps no order). */
const FIELD_ORDER = [
  'reference', 'title', 'country', 'court', 'courtLevel', 'decisionDate', 'sentenceDate', 'language', 'enactedOn', 'legalStatus',
  'summary', 'legalReasoning', 'commentary', 'crimeTypes', 'articles', 'keywords', 'laws', 'citedCases', 'provisions', 'proceedings', 'defendants',
  'victims', 'cooperation', 'sources',
];

const empty = (v: unknown) => v == null || v === '' || (Array.isArray(v) && v.length === 0);

/** Field by field: what the submission changes in the published version (every field when none was published). */
export function diffRecords(published: Snapshot | null, submitted: Snapshot): FieldDiff[] {
  const fields = [...new Set([...Object.keys(submitted), ...Object.keys(published ?? {})])].filter((f) => f !== 'status');
  const rank = (f: string) => (FIELD_ORDER.indexOf(f) + FIELD_ORDER.length + 1) % (FIELD_ORDER.length + 1);
  fields.sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
  return fields.map((field) => {
    const a = published?.[field];
    const b = submitted[field];
    const same = (empty(a) && empty(b)) || JSON.stringify(a) === JSON.stringify(b);
    const change = same ? 'same' : empty(a) ? 'added' : empty(b) ? 'removed' : 'changed';
    return { field, published: a, submitted: b, change };
  });
}

/** A snapshot value as readable text: lists one item a line, structured items as "key: value" pairs. */
export function showValue(value: unknown): string {
  if (empty(value)) return '—';
  if (Array.isArray(value)) return value.map((item) => showValue(item)).join('\n');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => !empty(v))
      .map(([k, v]) => (typeof v === 'object' ? `${k}: [${showValue(v).replace(/\n/g, '; ')}]` : `${k}: ${String(v)}`))
      .join(', ');
  }
  return String(value);
}

interface AuditEntryLike {
  action: string;
  at: string;
  after?: unknown;
}

/**
 * The two versions to compare, from the record's audit entries (newest first): a create or update keeps the whole
 * record as `after`; review steps keep only the status. The submission is the latest content written; the
 * published version the content in force at the latest approval.
 */
export function versionsFromAudit(entries: AuditEntryLike[], kind: 'case' | 'law') {
  const isContent = (e: AuditEntryLike) => (e.action === `${kind}.create` || e.action === `${kind}.update`) && e.after != null;
  const latest = entries.find(isContent);
  const approvalIndex = entries.findIndex((e) => e.action === `${kind}.approve`);
  const approved = approvalIndex >= 0 ? entries.slice(approvalIndex + 1).find(isContent) : undefined;
  const strip = (s: unknown) => {
    const { status: _status, ...rest } = s as Snapshot;
    return rest;
  };
  return {
    submitted: latest ? strip(latest.after) : null,
    published: approved ? strip(approved.after) : null,
    publishedAt: approvalIndex >= 0 ? entries[approvalIndex].at : null,
  };
}
