import { type DocumentNode, GraphQLError, visit } from 'graphql';

/**
 * Text that no argument may carry: the NUL character, which PostgreSQL cannot store or compare in text. Checked
 * once for every operation, in its written arguments and in its variables, so that no field has to.
 */
const NUL = '\u0000';
/** Variables nest as deep as the inputs they fill; anything deeper is not an input of this API. */
const MAX_VARIABLE_NESTING = 32;

function badArgument(field: string, accepted: string): GraphQLError {
  return new GraphQLError(`${field}: the value is not accepted; ${accepted}`, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
}

/** Where a variable's value holds a NUL character (`$input.title`), or null. */
function nulInVariables(value: unknown, path: string, depth: number): string | null {
  if (depth > MAX_VARIABLE_NESTING) return path;
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulInVariables(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key.includes(NUL)) return `${path}.${key.replace(/\u0000/g, '\\0')}`;
      const found = nulInVariables(inner, `${path}.${key}`, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/** The first variable whose text holds a NUL character, as an error naming it; or null. */
export function variableTextError(variables: Record<string, unknown> | undefined | null): GraphQLError | null {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const found = nulInVariables(value, `$${name}`, 0);
    if (found) return badArgument(found, 'text may not contain the NUL character (\\u0000)');
  }
  return null;
}

/** The first argument written in the document whose text holds a NUL character, as an error naming it; or null. */
export function literalTextError(document: DocumentNode): GraphQLError | null {
  let found: string | null = null;
  const argumentNames: string[] = [];
  visit(document, {
    Argument: {
      enter(node) {
        argumentNames.push(node.name.value);
      },
      leave() {
        argumentNames.pop();
      },
    },
    StringValue(node) {
      if (!found && node.value.includes(NUL)) found = argumentNames[argumentNames.length - 1] ?? 'argument';
    },
  });
  return found ? badArgument(found, 'text may not contain the NUL character (\\u0000)') : null;
}

/** The first argument of the operation whose text holds a NUL character (variables first), as an error naming it; or null. */
export function argumentTextError(document: DocumentNode, variables: Record<string, unknown> | undefined | null): GraphQLError | null {
  return variableTextError(variables) ?? literalTextError(document);
}
