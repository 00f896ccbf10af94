import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import { literalTextError, variableTextError } from './argument-text';
import { measureOperationLimits, type QueryLimits } from './limits';

/** What one document and operation name were found to be, whatever the variables. */
interface Known {
  /** The limit passed, when the outcome did not depend on the variables; undefined when it did (checked every time). */
  limits: GraphQLError | null | undefined;
  /** An argument written in the document whose text holds a NUL character. */
  literalText: GraphQLError | null;
}

/** A fresh copy of a remembered error: each response gets its own error object. */
const copy = (error: GraphQLError | null) =>
  error ? new GraphQLError(error.message, { extensions: error.extensions }) : null;

/**
 * The checks every operation passes before execution once its variables are known: the operation limits (depth,
 * cost with the variables' page sizes, introspection) and the text of its arguments (no NUL character).
 *
 * Most requests repeat a document the server has seen (a client sends the same query with other variables), and
 * Apollo hands back the same parsed document for the same text (its document store). What does not depend on the
 * variables is therefore worked out once per document and operation name and remembered beside the document:
 * the limits' outcome when no variable counted in it (a page size given as a literal, or no connection), and the
 * written arguments' text. A document whose cost depends on `$first` is measured again with each request's values.
 * Entries live as long as the document object (a WeakMap), so the cache is bounded by Apollo's document store.
 */
export class OperationChecks {
  private readonly known = new WeakMap<DocumentNode, Map<string, Known>>();

  constructor(private readonly limits: Omit<QueryLimits, 'maxAliases'>) {}

  /** The first check the operation fails, as an error to send; or null. */
  check(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | null | undefined,
  ): GraphQLError | null {
    let byOperation = this.known.get(document);
    if (!byOperation) this.known.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let known = byOperation.get(key);
    let limitsError: GraphQLError | null;
    if (!known) {
      const outcome = measureOperationLimits(schema, document, this.limits, {
        operationName,
        variables: variables ?? {},
      });
      known = {
        limits: outcome.dependsOnVariables ? undefined : outcome.error,
        literalText: literalTextError(document),
      };
      byOperation.set(key, known);
      limitsError = outcome.dependsOnVariables ? outcome.error : copy(outcome.error);
    } else if (known.limits === undefined) {
      limitsError = measureOperationLimits(schema, document, this.limits, {
        operationName,
        variables: variables ?? {},
      }).error;
    } else {
      limitsError = copy(known.limits);
    }
    return limitsError ?? variableTextError(variables) ?? copy(known.literalText);
  }
}
