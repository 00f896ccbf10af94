import {
  type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, GraphQLError, type GraphQLSchema, Kind, type OperationDefinitionNode,
  type SelectionSetNode, type ValidationContext,
} from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './pagination';

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

/** A list field costs its children times the page size asked for (`first`, default 20). */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? Math.max(args.first, 1) : null;
  if (first !== null) return 1 + childComplexity * first;
  return undefined;
};

const listEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  String(field.type).includes('[') ? 1 + childComplexity * DEFAULT_PAGE_SIZE : undefined;

/** Estimated cost of an operation: lists multiply their children by the page size they may return. */
export function queryCost(schema: GraphQLSchema, query: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) {
  return getComplexity({
    schema,
    query,
    operationName,
    variables,
    estimators: [pageEstimator, listEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

export { limitError };
