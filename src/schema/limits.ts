import {
  type ASTVisitor, type DocumentNode, type FieldNode, type FragmentDefinitionNode, getNamedType, GraphQLError, type GraphQLField,
  type GraphQLNamedType, type GraphQLSchema, isListType, isNonNullType, isObjectType, isInterfaceType, Kind,
  type OperationDefinitionNode, SchemaMetaFieldDef, type SelectionSetNode, TypeMetaFieldDef, type ValidationContext,
  type GraphQLOutputType,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './pagination';

/**
 * Operation limits: depth, aliases, estimated cost and the shape of introspection queries.
 *
 * Every check here does work linear in the size of the document, whatever it asks for: each fragment is
 * measured once and its measure reused at every spread (a fragment spread twice by a fragment spread twice…
 * costs one visit, not 2^n), a fragment spreading itself counts as empty (graphql's own rules refuse the
 * cycle), and the walk stops at the first limit passed.
 */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Whether `__schema` and `__type` may be asked for at all. */
  introspection: boolean;
}

/** The standard introspection query (GraphiQL's, codegen's) nests 14 levels and three lists deep. */
export const MAX_INTROSPECTION_DEPTH = 20;
export const MAX_INTROSPECTION_LIST_NESTING = 3;
/** Plain lists are the bounded ones (a case's articles, a law's provisions): a few items each. */
export const BOUNDED_LIST_WEIGHT = 5;

const limitError = (message: string) => new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });

/** A limit passed: thrown inside the walk to stop it at once. */
class LimitExceeded extends Error {
  constructor(readonly error: GraphQLError) {
    super(error.message);
  }
}

/** What a selection set weighs once every fragment in it is expanded. */
interface Measure {
  /** Deepest nesting of fields outside introspection. */
  depth: number;
  /** Deepest nesting of fields inside `__schema` / `__type`. */
  introspectionDepth: number;
  /** Most list fields nested in one another inside introspection (types → fields → args is 3). */
  introspectionLists: number;
  /** Estimated cost: a connection costs its children times `first`, a list its children times a few. */
  cost: number;
}

const EMPTY: Measure = Object.freeze({ depth: 0, introspectionDepth: 0, introspectionLists: 0, cost: 0 });

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

function isListOutput(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

/**
 * Measures the operations and fragments of one document. `variables` resolve `first: $n`; without them (at
 * validation time) a variable page size counts as the default, and the cost is checked again once they are known.
 */
class OperationMeter {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly measured = new Map<string, Measure>();
  private readonly inProgress = new Set<string>();
  /** Whether a variable's value was read (a page size given as `$first`): the outcome then holds for these values only. */
  variablesRead = false;

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly limits: Omit<QueryLimits, 'maxAliases'>,
    private readonly variables: Record<string, unknown> | null,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  operation(node: OperationDefinitionNode): Measure {
    const root = this.schema.getRootType(node.operation);
    return root ? this.selectionSet(node.selectionSet, root) : EMPTY;
  }

  private fragment(name: string): Measure {
    const known = this.measured.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    // Unknown fragments and cycles are refused by graphql's own validation rules; here they weigh nothing.
    if (!fragment || this.inProgress.has(name)) return EMPTY;
    this.inProgress.add(name);
    const type = this.schema.getType(fragment.typeCondition.name.value);
    const measure = type ? this.selectionSet(fragment.selectionSet, type) : EMPTY;
    this.inProgress.delete(name);
    this.measured.set(name, measure);
    return measure;
  }

  private selectionSet(selectionSet: SelectionSetNode, parent: GraphQLNamedType): Measure {
    let depth = 0;
    let introspectionDepth = 0;
    let introspectionLists = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      let measure: Measure;
      if (selection.kind === Kind.FIELD) {
        measure = this.field(selection, parent);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parent;
        measure = type ? this.selectionSet(selection.selectionSet, type) : EMPTY;
      } else {
        measure = this.fragment(selection.name.value);
      }
      depth = Math.max(depth, measure.depth);
      introspectionDepth = Math.max(introspectionDepth, measure.introspectionDepth);
      introspectionLists = Math.max(introspectionLists, measure.introspectionLists);
      cost += measure.cost;
      this.check({ depth, introspectionDepth, introspectionLists, cost });
    }
    return { depth, introspectionDepth, introspectionLists, cost };
  }

  private field(node: FieldNode, parent: GraphQLNamedType): Measure {
    const name = node.name.value;
    const introspection = INTROSPECTION_ROOTS.has(name) || parent.name.startsWith('__');
    if (introspection && INTROSPECTION_ROOTS.has(name) && !this.limits.introspection) {
      throw new LimitExceeded(
        new GraphQLError('Introspection is turned off on this portal (GRAPHQL_INTROSPECTION=false): the schema is published in its documentation', {
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
        }),
      );
    }
    const definition = this.definitionOf(parent, name);
    const child = node.selectionSet && definition ? this.selectionSet(node.selectionSet, getNamedType(definition.type)) : EMPTY;
    const isList = definition ? isListOutput(definition.type) : false;
    if (introspection) {
      return {
        depth: child.depth,
        introspectionDepth: 1 + child.introspectionDepth,
        introspectionLists: (isList ? 1 : 0) + child.introspectionLists,
        cost: 1 + child.cost * (isList ? BOUNDED_LIST_WEIGHT : 1),
      };
    }
    return {
      depth: 1 + child.depth,
      introspectionDepth: child.introspectionDepth,
      introspectionLists: child.introspectionLists,
      cost: this.fieldCost(node, definition, child.cost, isList),
    };
  }

  /** A connection costs its children times the page asked for; its `edges` are counted by that; a list a few items. */
  private fieldCost(node: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, childCost: number, isList: boolean): number {
    if (!definition) return 1;
    const typeName = getNamedType(definition.type).name;
    if (typeName.endsWith('Connection')) return 1 + childCost * this.pageSize(node);
    if (node.name.value === 'edges') return childCost;
    return 1 + childCost * (isList ? BOUNDED_LIST_WEIGHT : 1);
  }

  private pageSize(node: FieldNode): number {
    const argument = node.arguments?.find((a) => a.name.value === 'first');
    let first: unknown = DEFAULT_PAGE_SIZE;
    if (argument?.value.kind === Kind.INT) first = Number(argument.value.value);
    else if (argument?.value.kind === Kind.VARIABLE && this.variables) {
      this.variablesRead = true;
      first = this.variables[argument.value.name.value] ?? DEFAULT_PAGE_SIZE;
    }
    // An out-of-range page size is refused by the field itself; here it must only not make the cost meaningless.
    return typeof first === 'number' && Number.isFinite(first) ? Math.min(Math.max(first, 1), 1_000_000) : DEFAULT_PAGE_SIZE;
  }

  private definitionOf(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
    if (name === '__schema') return this.schema.getQueryType() === parent ? SchemaMetaFieldDef : undefined;
    if (name === '__type') return this.schema.getQueryType() === parent ? TypeMetaFieldDef : undefined;
    if (isObjectType(parent) || isInterfaceType(parent)) return parent.getFields()[name];
    return undefined;
  }

  private check(measure: Measure): void {
    if (measure.depth > this.limits.maxDepth) {
      throw new LimitExceeded(limitError(`Query depth exceeds the limit of ${this.limits.maxDepth}`));
    }
    if (measure.introspectionDepth > MAX_INTROSPECTION_DEPTH) {
      throw new LimitExceeded(limitError(`Introspection nests deeper than ${MAX_INTROSPECTION_DEPTH} levels`));
    }
    if (measure.introspectionLists > MAX_INTROSPECTION_LIST_NESTING) {
      throw new LimitExceeded(
        limitError(`Introspection nests more than ${MAX_INTROSPECTION_LIST_NESTING} lists in one another (the standard introspection query nests 3)`),
      );
    }
    if (!(measure.cost <= this.limits.maxCost)) {
      throw new LimitExceeded(limitError(`Query cost exceeds the limit of ${this.limits.maxCost}`));
    }
  }
}

/** The operations of a document that a request runs: the named one, or every one when no name is given. */
function operationsOf(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode[] {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operationName) return operations;
  return operations.filter((o) => o.name?.value === operationName);
}

/** The outcome of a check: the first limit passed (or null), and whether it depends on the variables' values. */
export interface LimitsOutcome {
  error: GraphQLError | null;
  /** False when no variable was read: the same document and operation name always get this outcome. */
  dependsOnVariables: boolean;
}

/**
 * Checks the document's operations against the limits; returns the first limit passed as an error (or null), and
 * whether a variable's value counted. Linear in the document's size.
 */
export function measureOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: Omit<QueryLimits, 'maxAliases'>,
  options: { operationName?: string | null; variables?: Record<string, unknown> | null } = {},
): LimitsOutcome {
  const meter = new OperationMeter(schema, document, limits, options.variables ?? null);
  try {
    for (const operation of operationsOf(document, options.operationName)) meter.operation(operation);
    return { error: null, dependsOnVariables: meter.variablesRead };
  } catch (error) {
    if (error instanceof LimitExceeded) return { error: error.error, dependsOnVariables: meter.variablesRead };
    throw error;
  }
}

/** Checks the document's operations against the limits; returns the first limit passed as an error, or null. */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: Omit<QueryLimits, 'maxAliases'>,
  options: { operationName?: string | null; variables?: Record<string, unknown> | null } = {},
): GraphQLError | null {
  return measureOperationLimits(schema, document, limits, options).error;
}

/**
 * Validation rule: depth, aliases, introspection shape and a first estimate of the cost, before any other rule
 * has walked the document's selection sets. The cost is checked again with the variables' values
 * (`operationCostExceeded`) once the operation is resolved.
 */
export function operationLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      let aliases = 0;
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
        aliases += countAliases(definition.selectionSet, limits.maxAliases - aliases);
        if (aliases > limits.maxAliases) {
          context.reportError(limitError(`Query uses more than ${limits.maxAliases} aliases`));
          return false;
        }
      }
      const error = checkOperationLimits(context.getSchema(), document, limits);
      if (error) context.reportError(error);
      return undefined;
    },
  });
}

/** Aliases written in a selection set (each written alias once: repeated spreads of one fragment merge their fields). */
function countAliases(selectionSet: SelectionSetNode, budget: number): number {
  let count = 0;
  const stack: SelectionSetNode[] = [selectionSet];
  while (stack.length && count <= budget) {
    for (const selection of stack.pop()!.selections) {
      if (selection.kind === Kind.FIELD && selection.alias) count += 1;
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) stack.push(selection.selectionSet);
    }
  }
  return count;
}

/** Deepest nesting of brackets in a query text (strings and comments skipped): refused before parsing when too deep. */
export function bracketNesting(text: string, stopAt: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const block = text.startsWith('"""', i);
      const end = block ? text.indexOf('"""', i + 3) : findStringEnd(text, i + 1);
      if (end < 0) return deepest;
      i = block ? end + 2 : end;
    } else if (c === 0x23 /* # */) {
      const end = text.indexOf('\n', i);
      if (end < 0) return deepest;
      i = end;
    } else if (c === 0x7b || c === 0x28 || c === 0x5b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAt) return deepest;
    } else if (c === 0x7d || c === 0x29 || c === 0x5d) {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

function findStringEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i += 1;
    else if (c === 0x22) return i;
    else if (c === 0x0a) return i;
  }
  return -1;
}

export { limitError };
