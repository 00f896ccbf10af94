import { DEFAULT_PAGE_SIZE } from './pagination';
import {
  type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, GraphQLError, type GraphQLSchema, Kind, type OperationDefinitionNode,
  type SelectionSetNode, type ValidationContext,
} from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
}

const limitError = (message: string) => new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });

/** Deepest field nesting of an operation, following fragments (cycles are caught by graphql's own rules). */
function depthOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value)) {
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set(seen).add(fragment.name.value)));
      }
    }
  }
  return deepest;
}

export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(
      context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const depth = depthOf(node.selectionSet, fragments);
        if (depth > maxDepth) context.reportError(limitError(`Query depth ${depth} exceeds the limit of ${maxDepth}`));
      },
    };
  };
}

export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === maxAliases + 1) {
          context.reportError(limitError(`Query uses more than ${maxAliases} aliases`));
        }
      },
    };
  };
}

/** Plain lists are the bounded ones (a case's articles, a law's provisions): a few items each. */
export const BOUNDED_LIST_WEIGHT = 5;

/**
 * A connection costs its children times the page size asked for (`first`, default 20); its `edges` list is
 * already counted by that; any other list counts as a few items.
 */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = String(field.type);
  if (/Connection!?$/.test(type)) {
    const first = typeof args.first === 'number' ? Math.max(args.first, 1) : DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * first;
  }
  if (field.name === 'edges') return childComplexity;
  if (type.includes('[')) return 1 + childComplexity * BOUNDED_LIST_WEIGHT;
  return undefined;
};

/** Estimated cost of an operation: lists multiply their children by the page size they may return. */
export function queryCost(schema: GraphQLSchema, query: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) {
  return getComplexity({
    schema,
    query,
    operationName,
    variables,
    estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

export { limitError };
