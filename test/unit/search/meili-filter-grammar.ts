/**
 * How Meilisearch reads one comparison of a filter (crates/filter-parser: `parse_value`, `quoted_by`, and the
 * unescaping that follows), reduced to what our filters use: `attribute OP value`, the value a bare number or a
 * double-quoted string. Inside quotes a backslash always takes the next character with it; the token is then
 * unescaped twice, first `\"` → `"`, then backslash escapes. Anything left after the value is a parse error
 * for us (Meilisearch would read it as more syntax).
 */
export interface Comparison {
  attribute: string;
  operator: string;
  value: string | number;
}

export function parseComparison(expression: string): Comparison {
  const head = /^\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(=|!=|>=|<=|>|<)\s*/.exec(expression);
  if (!head) throw new Error(`no attribute and operator in ${JSON.stringify(expression)}`);
  const [, attribute, operator] = head;
  let rest = expression.slice(head[0].length);
  let value: string | number;
  if (rest.startsWith('"')) {
    let i = 1;
    let escapedQuote = false;
    for (; i < rest.length && rest[i] !== '"'; i++) {
      if (rest[i] === '\\') {
        i++;
        if (i >= rest.length) throw new Error('malformed value: trailing backslash');
        if (rest[i] === '"') escapedQuote = true;
      }
    }
    if (i >= rest.length) throw new Error(`missing closing quote in ${JSON.stringify(expression)}`);
    let token = rest.slice(1, i);
    if (escapedQuote) token = token.replaceAll('\\"', '"');
    value = unescape(token);
    rest = rest.slice(i + 1);
  } else {
    const word = /^[\p{L}\p{N}_.-]+/u.exec(rest);
    if (!word) throw new Error(`no value in ${JSON.stringify(expression)}`);
    value = /^-?\d+$/.test(word[0]) ? Number(word[0]) : word[0];
    rest = rest.slice(word[0].length);
  }
  if (rest.trim() !== '') throw new Error(`unexpected ${JSON.stringify(rest)} after the value`);
  return { attribute, operator, value };
}

/** Backslash escapes as the `unescaper` crate reads them; only `\\` and `\"` can appear in our output. */
function unescape(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; i++) {
    if (token[i] !== '\\') {
      out += token[i];
      continue;
    }
    const next = token[++i];
    if (next === '\\' || next === '"') out += next;
    else throw new Error(`escape \\${next} is not one our filters produce`);
  }
  return out;
}
