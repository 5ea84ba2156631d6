/**
 * JSON text read for people: a syntax error names its line and column in words, a nesting deeper
 * than any data needs is refused before it can exhaust the stack, and a value found invalid can
 * be traced back to the line it is on.
 */
import { type Node, type ParseError, findNodeAtLocation, parse, parseTree, printParseErrorCode } from 'jsonc-parser';
import { LineIndex, type Position } from './text-positions.js';
import { InputError } from './problems.js';

/** Deeper than any widget's data (about 6 levels), shallow enough for any recursive reader. */
export const MAX_JSON_NESTING = 64;

/** jsonc-parser's error codes, by name, in words. */
const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'not a valid number',
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon after the field name',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected } to close the object',
  CloseBracketExpected: 'expected ] to close the list',
  EndOfFileExpected: 'expected the end of the file: there is more after the data',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a text is not closed: expected a closing double quote',
  UnexpectedEndOfNumber: 'not a valid number',
  InvalidUnicode: 'not a valid \\u escape',
  InvalidEscapeCharacter: 'not a valid escape: write \\\\ for a backslash',
  InvalidCharacter: 'a line break or tab inside a text: write \\n or \\t',
};

/** Throws when brackets nest deeper than MAX_JSON_NESTING, naming the line where they do. */
function checkNesting(text: string, lines: LineIndex): void {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (++depth > MAX_JSON_NESTING) {
        throw new InputError(`is nested more than ${MAX_JSON_NESTING} levels deep; no widget's data goes deeper than 10`, lines.positionOf(index));
      }
    } else if (char === '}' || char === ']') depth--;
  }
}

/** The first syntax error, in words, at its line and column. */
function syntaxError(text: string, lines: LineIndex, fallback: string): InputError {
  if (text.trim() === '') return new InputError('is empty: expected JSON data');
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return new InputError(`is not valid JSON: ${fallback}`);
  const what = SYNTAX_MESSAGES[printParseErrorCode(first.error)] ?? 'not valid JSON here';
  return new InputError(`is not valid JSON: ${what}`, lines.positionOf(first.offset));
}

export interface JsonText {
  value: unknown;
  /** The line and column of the value at `keys`, or of the nearest enclosing value that exists. */
  positionOf(keys: readonly (string | number)[]): Position | undefined;
}

/** Parses JSON text, or throws an InputError naming the line and column of the problem. */
export function parseJsonText(text: string): JsonText {
  const lines = new LineIndex(text);
  checkNesting(text, lines);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw syntaxError(text, lines, (error as Error).message);
  }
  let tree: Node | undefined;
  return {
    value,
    positionOf(keys) {
      tree ??= parseTree(text);
      if (!tree) return undefined;
      for (let length = keys.length; length >= 0; length--) {
        const node = findNodeAtLocation(tree, keys.slice(0, length) as (string | number)[]);
        // A value's position is its field's, so `"date": "soon"` is found at `"date"`.
        if (node) return lines.positionOf(node.parent?.type === 'property' ? node.parent.offset : node.offset);
      }
      return undefined;
    },
  };
}
