/** Ids of form controls and names of record fields, as the API's field paths give them. */

/** A problem to show at a field and in the error summary. */
export interface Problem {
  /** The id of the control it belongs to (the summary links to it). */
  id: string;
  message: string;
}

/** `defendants[0].charges[1].verdict` → `f-defendants-0-charges-1-verdict`: the id of the control editing it. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[[\].]+/g, '-').replace(/-+$/, '')}`;
}

/** `defendants[0].charges[1].verdict` → "Defendant 1, charge 2, verdict". */
export function labelOfPath(path: string): string {
  return path
    .split('.')
    .map((part) => {
      const m = /^(\w+?)s?\[(\d+)\]$/.exec(part);
      const word = (m ? m[1] : part).replace(/([A-Z])/g, ' $1').toLowerCase();
      return m ? `${word} ${Number(m[2]) + 1}` : word;
    })
    .join(', ')
    .replace(/^./, (c) => c.toUpperCase());
}

