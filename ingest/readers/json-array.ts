import { StringDecoder } from 'node:string_decoder';
import { type SourceRow } from './source-row';

/** Largest record accepted (characters), so a file whose brackets do not balance cannot fill the memory. */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/**
 * Streams the records of a JSON array (`[ {…}, {…} ]`) with constant memory, each with the line it starts on.
 *
 * The scanner only finds where each element of the top-level array begins and ends (tracking strings,
 * escapes and brackets); each element is then parsed alone with `JSON.parse`. So a malformed record is
 * rejected by itself and its neighbours still load, which a whole-document streaming parser cannot do (it
 * stops at the first syntax error), and every record keeps its line for the report. Only a structural fault
 * (brackets that do not match, a record larger than MAX_RECORD_CHARS) stops the reading, reported on its line.
 */
export async function* readJsonArray(input: NodeJS.ReadableStream): AsyncGenerator<SourceRow> {
  const scanner = new JsonArrayScanner();
  const decoder = new StringDecoder('utf8');
  for await (const chunk of input) {
    yield* scanner.push(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    if (scanner.stopped) return;
  }
  yield* scanner.push(decoder.end());
  yield* scanner.end();
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const NEWLINE = 0x0a;
const BOM = 0xfeff;
const isSpace = (c: number) => c === 0x20 || c === NEWLINE || c === 0x0d || c === 0x09;

/** The element-splitting state machine behind `readJsonArray`, fed with text chunks. */
export class JsonArrayScanner {
  private state: 'before' | 'inside' | 'after' | 'stopped' = 'before';
  private line = 1;
  /** Whether the last separator seen in the array was a comma (so an element must follow). */
  private afterComma = false;
  private inElement = false;
  private elementLine = 0;
  private parts: string[] = [];
  private partsLength = 0;
  /** Open brackets inside the current element. */
  private stack: number[] = [];
  private inString = false;
  private escaped = false;

  get stopped(): boolean {
    return this.state === 'stopped';
  }

  push(text: string): SourceRow[] {
    const rows: SourceRow[] = [];
    let start = this.inElement ? 0 : -1;
    for (let i = 0; i < text.length && this.state !== 'stopped'; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) this.line += 1;
      if (this.state === 'before') {
        if (isSpace(c) || c === BOM) continue;
        if (c === OPEN_BRACKET) this.state = 'inside';
        else rows.push(this.stop(this.line, 'the file is not a JSON array: its first character must be "["'));
        continue;
      }
      if (this.state === 'after') {
        if (!isSpace(c)) rows.push(this.stop(this.line, 'unexpected text after the "]" that closes the array'));
        continue;
      }
      if (!this.inElement) {
        if (isSpace(c)) continue;
        if (c === COMMA || c === CLOSE_BRACKET) {
          if (c === COMMA || this.afterComma) rows.push({ line: this.line, error: 'an empty record: a comma with no record before or after it' });
          this.afterComma = false;
          if (c === CLOSE_BRACKET) this.state = 'after';
          else this.afterComma = true;
          continue;
        }
        this.inElement = true;
        this.elementLine = this.line;
        this.stack = [];
        start = i;
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
        continue;
      }
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.stack.push(c);
      else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && this.stack.length > 0) {
        const open = this.stack.pop();
        if ((open === OPEN_BRACE) !== (c === CLOSE_BRACE)) {
          rows.push(this.stop(this.line, `"${String.fromCharCode(c)}" does not match its opening bracket: the rest of the file cannot be read`));
        }
      } else if ((c === COMMA || c === CLOSE_BRACKET) && this.stack.length === 0) {
        rows.push(this.finish(text.slice(start, i)));
        this.afterComma = c === COMMA;
        if (c === CLOSE_BRACKET) this.state = 'after';
      }
      if (this.inElement && this.partsLength + (i - start) > MAX_RECORD_CHARS) {
        rows.push(this.stop(this.elementLine, `the record is larger than ${MAX_RECORD_CHARS} characters: its brackets probably do not match`));
      }
    }
    if (this.inElement && this.state !== 'stopped') {
      const rest = text.slice(start);
      this.parts.push(rest);
      this.partsLength += rest.length;
    }
    return rows;
  }

  /** Rows for an input that ends where it should not. */
  end(): SourceRow[] {
    if (this.state === 'before') return [this.stop(this.line, 'the file is empty: a JSON array of records is expected')];
    if (this.state !== 'inside') return [];
    const missingEnd = () => this.stop(this.line, 'the file ends before the "]" that closes the array');
    if (!this.inElement) return [missingEnd()];
    // A last record that is whole still loads; only the array's end is missing.
    if (this.stack.length === 0 && !this.inString) return [this.finish(''), missingEnd()];
    return [this.stop(this.elementLine, 'the file ends inside this record (a "}" or "]" is missing)')];
  }

  private finish(tail: string): SourceRow {
    const text = this.parts.length ? this.parts.join('') + tail : tail;
    this.parts = [];
    this.partsLength = 0;
    this.inElement = false;
    try {
      return { line: this.elementLine, record: JSON.parse(text) };
    } catch (error) {
      return { line: this.elementLine, error: `invalid JSON: ${(error as Error).message}` };
    }
  }

  private stop(line: number, error: string): SourceRow {
    this.state = 'stopped';
    this.inElement = false;
    this.parts = [];
    return { line, error };
  }
}
