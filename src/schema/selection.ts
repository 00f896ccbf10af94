import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** The fields a resolver's caller selected below it, by field name (aliases merged), fragments resolved. */
export type Selection = Map<string, Selection>;

function collect(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, into: Selection): void {
  for (const node of set?.selections ?? []) {
    if (node.kind === Kind.FIELD) {
      let child = into.get(node.name.value);
      if (!child) into.set(node.name.value, (child = new Map()));
      collect(node.selectionSet, fragments, child);
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      collect(node.selectionSet, fragments, into);
    } else {
      collect(fragments[node.name.value]?.selectionSet, fragments, into);
    }
  }
}

/**
 * What is selected below the current field. Used only to read ahead (fetch links in the same statement as their
 * records); `@include`/`@skip` are not evaluated, so a conditional field may be read ahead for nothing.
 */
export function selectionOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Selection {
  const selection: Selection = new Map();
  for (const field of info.fieldNodes as readonly FieldNode[]) collect(field.selectionSet, info.fragments, selection);
  return selection;
}

/** The selection below a path of field names (e.g. `edges`, `node`), empty when not selected. */
export function selectionAt(selection: Selection, ...path: string[]): Selection {
  let at: Selection | undefined = selection;
  for (const name of path) at = at?.get(name);
  return at ?? new Map();
}
