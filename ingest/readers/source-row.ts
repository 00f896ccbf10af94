/**
 * One record read from a catalogue, with the line it starts on (for JSON arrays too), or why it could not be
 * read: `field` names the column or key at fault when there is one (a CSV cell holding broken JSON).
 */
export type SourceRow = { line: number; record: unknown } | { line: number; error: string; field?: string };
