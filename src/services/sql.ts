import { type DataSource, type EntityMetadata, type EntityTarget, type ObjectLiteral } from 'typeorm';

/** Collects positional parameters for a hand-written SQL statement. */
export class SqlParams {
  readonly values: unknown[] = [];
  /** Adds a value and returns its placeholder ($n). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** What the hand-written statements' mapping needs of an entity, looked up once (TypeORM searches its list each time). */
interface EntityShape {
  metadata: EntityMetadata;
  /** [column name, property name] of every column. */
  columns: (readonly [string, string])[];
  /** Column names of timestamps, which JSON carries as text. */
  timestamps: string[];
}

const TIMESTAMP_TYPES = new Set<unknown>(['timestamptz', 'timestamp', 'timestamp with time zone', 'timestamp without time zone', Date]);

const shapes = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, EntityShape>>();

function shapeOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): EntityShape {
  let byEntity = shapes.get(dataSource);
  if (!byEntity) shapes.set(dataSource, (byEntity = new Map()));
  let shape = byEntity.get(entity);
  if (!shape) {
    const metadata = dataSource.getMetadata(entity);
    shape = {
      metadata,
      columns: metadata.columns.map((c) => [c.databaseName, c.propertyName] as const),
      timestamps: metadata.columns.filter((c) => TIMESTAMP_TYPES.has(c.type) || c.isCreateDate || c.isUpdateDate).map((c) => c.databaseName),
    };
    byEntity.set(entity, shape);
  }
  return shape;
}

/** Maps raw rows (snake_case columns) onto entity instances using the entity's metadata. */
export function mapRows<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, rows: any[]): T[] {
  const { metadata, columns } = shapeOf(dataSource, entity);
  return rows.map((row) => {
    const instance = metadata.create() as Record<string, unknown>;
    for (const [db, prop] of columns) if (db in row) instance[prop] = row[db];
    return instance as T;
  });
}

/** `SELECT` list of an entity's columns under an alias, for hand-written statements, minus `omit` (column names). */
export function columnList(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, omit?: ReadonlySet<string>): string {
  return shapeOf(dataSource, entity)
    .columns.filter(([db]) => !omit?.has(db))
    .map(([db]) => `${alias}."${db}"`)
    .join(', ');
}

/**
 * Like mapRows, for rows that PostgreSQL returned as JSON (`row_to_json`, `json_agg`): the same values as the
 * driver gives, except timestamps, which JSON carries as text and the driver as Date.
 */
export function mapJsonRows<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, rows: any[]): T[] {
  const { timestamps } = shapeOf(dataSource, entity);
  for (const row of rows) for (const column of timestamps) if (typeof row[column] === 'string') row[column] = new Date(row[column]);
  return mapRows(dataSource, entity, rows);
}
