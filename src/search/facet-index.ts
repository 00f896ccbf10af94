import { type DataSource } from 'typeorm';
import {
  FACET_FIELDS,
  type FacetField,
  type RecordType,
  type SearchPage,
  type SearchQuery,
  type SearchSort,
} from './search-index';

/**
 * The listing of a search without text, answered in memory: the facets, total and page of hits of any filter
 * combination, from a compact copy of the documents' facet values (per field, small integer ids in one typed
 * array per field): one pass over arrays, where SQL must read and unnest every document's row (seconds at 100,000
 * documents). Orders other than by date (by title, say) are left to SQL: the search returns null for them.
 *
 * Exact: the copy is taken in one snapshot together with search_version, which every change to search_documents
 * bumps in its own transaction (a trigger), and a listing is answered only from a copy at least as new as the
 * version read when it starts. A stale copy is rebuilt (once, whoever asks), which costs one read of every
 * document's facet columns; a listing that would wait long for it is answered by SQL meanwhile.
 */
export class FacetIndex {
  private snapshot: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;

  /** `waitMs`: how long a listing waits for a rebuild before SQL answers it instead (the rebuild goes on). */
  constructor(
    private readonly dataSource: DataSource,
    private readonly waitMs = 250,
  ) {}

  /** The listing (text null), or null when its order is not one the snapshot holds or the copy is being rebuilt. */
  async search(query: SearchQuery): Promise<SearchPage | null> {
    const order = SORT_ORDER[query.sort];
    if (order === undefined) return null;
    const snapshot = await this.current();
    return snapshot && listing(snapshot, query, order);
  }

  /**
   * The total and facets of a search with text, counted over the documents its text matched: `matched` holds
   * their ids (16 bytes each), read by a statement that saw search_documents at `version`. Waits for a rebuild up to
   * that version as a listing does; null when no copy of that very version is ready (then SQL counts them).
   */
  async textCounts(query: SearchQuery, version: bigint, matched: Buffer): Promise<Pick<SearchPage, 'total' | 'facets'> | null> {
    let snapshot = this.snapshot;
    if (!snapshot || snapshot.version < version) snapshot = await this.within(this.rebuildUntil(version));
    if (!snapshot || snapshot.version !== version) return null;
    // Every id is in a copy of the same version; one that is not (which cannot be) leaves the counting to SQL.
    const docs = snapshot.docOf.findAll(matched);
    if (!docs) return null;
    // In the arrays' order, the columns are read forwards instead of at random (the ids come in table order).
    docs.sort();
    const { total, columns, counts } = countFacets(snapshot, query, docs, null);
    return { total, facets: FACET_FIELDS.map((field, index) => ({ field, values: facetValues(columns[index], counts[index]) })) };
  }

  /**
   * A copy at least as new as the version read now, or null when none is ready within `waitMs`: a rebuild at
   * 100,000 documents takes seconds, and a listing should not wait that long behind a write, so SQL answers it
   * (exact, slower) while the rebuild finishes in the background.
   */
  private async current(): Promise<Snapshot | null> {
    const [{ version }]: { version: string }[] = await this.dataSource.query(`SELECT version::text FROM search_version`);
    const wanted = BigInt(version);
    if (this.snapshot && this.snapshot.version >= wanted) return this.snapshot;
    return this.within(this.rebuildUntil(wanted));
  }

  /** The rebuilt copy if it is ready within `waitMs`, else null (the rebuild goes on). */
  private async within(rebuild: Promise<Snapshot | null>): Promise<Snapshot | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.waitMs);
    });
    try {
      return await Promise.race([rebuild, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Rebuilds until the copy reaches `wanted`; never rejects (a failed rebuild leaves listings to SQL). */
  private async rebuildUntil(wanted: bigint): Promise<Snapshot | null> {
    try {
      for (;;) {
        if (this.snapshot && this.snapshot.version >= wanted) return this.snapshot;
        // One rebuild at a time; a rebuild that started before the version was read may be older: then once more.
        this.loading ??= buildSnapshot(this.dataSource).finally(() => {
          this.loading = null;
        });
        const built = await this.loading;
        if (!this.snapshot || built.version > this.snapshot.version) this.snapshot = built;
        if (built.version >= wanted) return built;
      }
    } catch {
      return null;
    }
  }
}

/**
 * Index of each order's permutation in a snapshot (RELEVANCE without text is newest first). Not by title: the
 * sort keys of that order are stored out of line, and reading them would cost the build many times over.
 */
const SORT_ORDER: Partial<Record<SearchSort, 0 | 1>> = { RELEVANCE: 0, DATE_DESC: 0, DATE_ASC: 1 };

const RECORD_TYPES: RecordType[] = ['CASE', 'LAW', 'PUBLICATION'];

/** One facet field's values for every document: document i holds values[offsets[i] .. offsets[i + 1]). */
interface Column {
  offsets: Uint32Array;
  values: Uint32Array;
  /** Value id → value, as the facet and the filter spell it. */
  names: string[];
}

interface Snapshot {
  version: bigint;
  size: number;
  /** Record type (index in RECORD_TYPES) per document. */
  types: Uint8Array;
  /** Record ids, 16 bytes per document. */
  ids: Buffer;
  /** Document of a record id. */
  docOf: IdTable;
  columns: Record<FacetField, Column>;
  /** Documents per record type, and per record type the count of each value of each field (FACET_FIELDS order). */
  typeSizes: number[];
  typeCounts: Uint32Array[][];
  /** Documents in each order: newest first (also the documents' own order), oldest first. */
  orders: [Uint32Array, Uint32Array];
}

/**
 * The facet values of every document, newest first (the order of ORDER_BY.DATE_DESC in postgres-search.ts, taken
 * by the database so the collation is the same), each list joined by a unit separator (faster to read than arrays),
 * and its date as a day number, from which the oldest-first order follows.
 */
const SNAPSHOT_SQL = `
  SELECT record_type, replace(record_id::text, '-', '') AS id,
         array_to_string(countries, E'\\x1f') AS country, array_to_string(regions, E'\\x1f') AS region,
         array_to_string(crime_types, E'\\x1f') AS "crimeType", array_to_string(articles, E'\\x1f') AS article,
         array_to_string(keywords, E'\\x1f') AS keyword, court_level AS "courtLevel", year::text AS year,
         date - DATE '1970-01-01' AS day
    FROM search_documents
   ORDER BY date DESC NULLS LAST, reference, record_type`;

type SnapshotRow = { record_type: RecordType; id: string; day: number | null } & Record<FacetField, string | null>;

async function buildSnapshot(dataSource: DataSource): Promise<Snapshot> {
  const { version, rows } = await dataSource.transaction('REPEATABLE READ', async (tx) => {
    await tx.query(`SET LOCAL work_mem = '64MB'`); // one sort of every document, in memory
    const [{ version }]: { version: string }[] = await tx.query(`SELECT version::text FROM search_version`);
    const rows: SnapshotRow[] = await tx.query(SNAPSHOT_SQL);
    return { version: BigInt(version), rows };
  });
  const size = rows.length;
  const types = new Uint8Array(size);
  const ids = Buffer.alloc(size * 16);
  const days = new Array<number | null>(size);
  const builders = Object.fromEntries(FACET_FIELDS.map((f) => [f, new ColumnBuilder(size)])) as Record<FacetField, ColumnBuilder>;
  rows.forEach((row, i) => {
    types[i] = RECORD_TYPES.indexOf(row.record_type);
    ids.write(row.id, i * 16, 'hex');
    days[i] = row.day;
    for (const field of FACET_FIELDS) builders[field].add(row[field]);
  });
  const columns = Object.fromEntries(FACET_FIELDS.map((f) => [f, builders[f].done()])) as Record<FacetField, Column>;
  const newest = Uint32Array.from({ length: size }, (_, i) => i);
  const typeSizes = RECORD_TYPES.map(() => 0);
  const typeCounts = RECORD_TYPES.map(() => FACET_FIELDS.map((f) => new Uint32Array(columns[f].names.length)));
  for (let doc = 0; doc < size; doc++) {
    typeSizes[types[doc]]++;
    FACET_FIELDS.forEach((f, field) => countValues(columns[f], typeCounts[types[doc]][field], doc));
  }
  return { version, size, types, ids, docOf: new IdTable(ids, size), columns, typeSizes, typeCounts, orders: [newest, oldestFirst(days)] };
}

/**
 * Oldest first (date ascending, undated last, then reference and type) from newest first (date descending, undated
 * last, then reference and type): the runs of one date in reverse, each run kept in its order, then the undated.
 */
function oldestFirst(days: (number | null)[]): Uint32Array {
  const order = new Uint32Array(days.length);
  let undated = days.indexOf(null);
  if (undated < 0) undated = days.length;
  let k = 0;
  for (let end = undated; end > 0; ) {
    let start = end - 1;
    while (start > 0 && days[start - 1] === days[end - 1]) start--;
    for (let i = start; i < end; i++) order[k++] = i;
    end = start;
  }
  for (let i = undated; i < days.length; i++) order[k++] = i;
  return order;
}

/**
 * The document of a record id, by open addressing over a hash of its 16 bytes (as four 32-bit words): the ids a
 * text search matched (up to tens of thousands) are looked up without making a string of each.
 */
class IdTable {
  private readonly words: Uint32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(ids: Buffer, size: number) {
    this.words = wordsOf(ids);
    let capacity = 1024;
    while (capacity < size * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let doc = 0; doc < size; doc++) {
      let slot = this.hash(this.words, doc * 4);
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = doc;
    }
  }

  /** The document of each id (16 bytes each) in `ids`, or null when one is not in the table. */
  findAll(ids: Buffer): Uint32Array | null {
    const words = wordsOf(ids);
    const docs = new Uint32Array(words.length / 4);
    for (let i = 0; i < docs.length; i++) {
      const at = i * 4;
      for (let slot = this.hash(words, at); ; slot = (slot + 1) & this.mask) {
        const doc = this.slots[slot];
        if (doc === -1) return null;
        const own = doc * 4;
        const w = this.words;
        if (w[own] === words[at] && w[own + 1] === words[at + 1] && w[own + 2] === words[at + 2] && w[own + 3] === words[at + 3]) {
          docs[i] = doc;
          break;
        }
      }
    }
    return docs;
  }

  /** All four words mixed: time-ordered ids (UUID v7) share their leading bytes. */
  private hash(words: Uint32Array, at: number): number {
    return (Math.imul(words[at] ^ words[at + 1] ^ words[at + 2] ^ words[at + 3], 0x9e3779b1) >>> 0) & this.mask;
  }
}

/** Bytes as 32-bit words (copied: a Buffer's offset need not be aligned). */
const wordsOf = (bytes: Buffer) => new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));

class ColumnBuilder {
  private readonly offsets: Uint32Array;
  private values = new Uint32Array(1024);
  private used = 0;
  private count = 0;
  private readonly idOf = new Map<string, number>();
  private readonly names: string[] = [];

  constructor(size: number) {
    this.offsets = new Uint32Array(size + 1);
  }

  add(joined: string | null): void {
    if (joined) {
      for (const value of joined.split('\x1f')) {
        let id = this.idOf.get(value);
        if (id === undefined) {
          id = this.names.push(value) - 1;
          this.idOf.set(value, id);
        }
        if (this.used === this.values.length) {
          const grown = new Uint32Array(this.values.length * 2);
          grown.set(this.values);
          this.values = grown;
        }
        this.values[this.used++] = id;
      }
    }
    this.offsets[++this.count] = this.used;
  }

  done(): Column {
    return { offsets: this.offsets, values: this.values.slice(0, this.used), names: this.names };
  }
}

/** An active filter: the column it reads and which of the column's value ids it accepts. */
interface Filter {
  field: number;
  column: Column;
  accepts: Uint8Array;
}

/** The active filters of a query, as accepted value ids of each field (the year bounds select year values). */
function filtersOf(snapshot: Snapshot, query: SearchQuery): Filter[] {
  const f = query.filters;
  const chosen: Record<FacetField, ((value: string) => boolean) | null> = {
    country: oneOf(f.countries),
    region: oneOf(f.regions),
    crimeType: oneOf(f.crimeTypes),
    article: oneOf(f.articles),
    keyword: oneOf(f.keywords),
    courtLevel: oneOf(f.courtLevels),
    year:
      f.yearFrom === null && f.yearTo === null
        ? null
        : (value) => (f.yearFrom === null || Number(value) >= f.yearFrom) && (f.yearTo === null || Number(value) <= f.yearTo),
  };
  return FACET_FIELDS.flatMap((field, index) => {
    const test = chosen[field];
    if (test === null) return [];
    const column = snapshot.columns[field];
    return [{ field: index, column, accepts: Uint8Array.from(column.names, (name) => (test(name) ? 1 : 0)) }];
  });
}

function oneOf(values: string[]): ((value: string) => boolean) | null {
  if (values.length === 0) return null;
  const set = new Set(values);
  return (value) => set.has(value);
}

/**
 * Disjunctive facets in one pass: a document passing every filter counts in the total, the page and every facet;
 * one failing exactly one filter counts only in that filter's facet (which ignores its own filter); one failing
 * two or more counts nowhere. A document without a value for a filtered field fails that filter.
 * With one filter or none, a facet ignoring every filter counts all documents of the chosen record types, which
 * the snapshot holds ready (the landing page then reads no document but those of its page).
 */
function listing(snapshot: Snapshot, query: SearchQuery, order: 0 | 1): SearchPage {
  const typeAllowed = Uint8Array.from(RECORD_TYPES, (t) => (query.types.includes(t) ? 1 : 0));
  const filters = filtersOf(snapshot, query);
  const columns = FACET_FIELDS.map((field) => snapshot.columns[field]);
  const counts = columns.map((c) => new Uint32Array(c.names.length));
  const unfiltered = filters.length === 0 ? columns.map((_, field) => field) : filters.length === 1 ? [filters[0].field] : [];
  for (const field of unfiltered) {
    RECORD_TYPES.forEach((_, type) => {
      if (typeAllowed[type]) counts[field].forEach((_, id) => (counts[field][id] += snapshot.typeCounts[type][field][id]));
    });
  }
  if (filters.length === 0) {
    const total = RECORD_TYPES.reduce((sum, _, type) => sum + (typeAllowed[type] ? snapshot.typeSizes[type] : 0), 0);
    const hits = page(snapshot, (doc) => typeAllowed[snapshot.types[doc]] === 1, snapshot.orders[order], query.offset, query.limit);
    return answer(total, hits, columns, counts);
  }
  const { total, matched } = countFacets(snapshot, query, null, { filters, columns, counts });
  return answer(total, page(snapshot, (doc) => matched[doc] === 1, snapshot.orders[order], query.offset, query.limit), columns, counts);
}

/**
 * Disjunctive facet counts and the total over `docs` (every document when null), filters applied in memory.
 * `prepared`: the filters and counters of a listing that has already counted the facets its shortcut covers
 * (then those are not counted again); without it, every facet is counted from the documents.
 */
function countFacets(
  snapshot: Snapshot,
  query: SearchQuery,
  docs: Uint32Array | null,
  prepared: { filters: Filter[]; columns: Column[]; counts: Uint32Array[] } | null,
): { total: number; matched: Uint8Array; columns: Column[]; counts: Uint32Array[] } {
  const typeAllowed = Uint8Array.from(RECORD_TYPES, (t) => (query.types.includes(t) ? 1 : 0));
  const filters = prepared?.filters ?? filtersOf(snapshot, query);
  const columns = prepared?.columns ?? FACET_FIELDS.map((field) => snapshot.columns[field]);
  const counts = prepared?.counts ?? columns.map((c) => new Uint32Array(c.names.length));
  // A listing with one filter has counted that filter's facet over every document already (the shortcut).
  const ownFacetCounted = prepared !== null && filters.length === 1;
  const matched = new Uint8Array(snapshot.size);
  let total = 0;
  const size = docs ? docs.length : snapshot.size;
  for (let k = 0; k < size; k++) {
    const doc = docs ? docs[k] : k;
    if (!typeAllowed[snapshot.types[doc]]) continue;
    let failed = -1;
    let failures = 0;
    for (const filter of filters) {
      const { offsets, values } = filter.column;
      let pass = false;
      for (let j = offsets[doc], end = offsets[doc + 1]; j < end; j++) {
        if (filter.accepts[values[j]]) {
          pass = true;
          break;
        }
      }
      if (!pass) {
        failed = filter.field;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 1) {
      if (!ownFacetCounted) countValues(columns[failed], counts[failed], doc);
      continue;
    }
    total++;
    matched[doc] = 1;
    for (let field = 0; field < columns.length; field++) {
      if (!ownFacetCounted || field !== filters[0].field) countValues(columns[field], counts[field], doc);
    }
  }
  return { total, matched, columns, counts };
}

function answer(total: number, hits: SearchPage['hits'], columns: Column[], counts: Uint32Array[]): SearchPage {
  const facets = FACET_FIELDS.map((field, index) => ({ field, values: facetValues(columns[index], counts[index]) }));
  return { total, hits, facets, matchedAllWords: true };
}

function countValues(column: Column, counts: Uint32Array, doc: number): void {
  for (let j = column.offsets[doc], end = column.offsets[doc + 1]; j < end; j++) counts[column.values[j]]++;
}

function page(snapshot: Snapshot, matches: (doc: number) => boolean, order: Uint32Array, offset: number, limit: number): SearchPage['hits'] {
  const hits: SearchPage['hits'] = [];
  let skip = offset;
  for (let k = 0; k < order.length && hits.length < limit; k++) {
    const doc = order[k];
    if (!matches(doc)) continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    hits.push({ type: RECORD_TYPES[snapshot.types[doc]], id: uuid(snapshot.ids, doc), score: null, highlights: [] });
  }
  return hits;
}

function uuid(ids: Uint8Array, doc: number): string {
  const hex = Buffer.from(ids.buffer, ids.byteOffset + doc * 16, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Values with a count, most frequent first, then by value (the order of every facet of the port). */
function facetValues(column: Column, counts: Uint32Array): { value: string; count: number }[] {
  const values: { value: string; count: number }[] = [];
  for (let id = 0; id < counts.length; id++) if (counts[id] > 0) values.push({ value: column.names[id], count: counts[id] });
  return values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
