/**
 * JSONC parsing with positions: `*.optlab.json` allows comments and trailing commas (VS Code's `jsonc`), and
 * every problem the validator reports must point at an exact token, so we keep jsonc-parser's syntax tree
 * (offsets) and convert offsets to 0-based line/character positions (VS Code convention) in one place.
 */
import { createScanner, findNodeAtLocation, findNodeAtOffset, getNodePath, getNodeValue, parseTree, printParseErrorCode, SyntaxKind } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';

export type { Node as JsonNode } from 'jsonc-parser';

/** 0-based line and UTF-16 character, like `vscode.Position`. */
export interface Position {
  line: number;
  character: number;
}

/** A span of the document: positions plus the offsets they come from (`endOffset` exclusive). */
export interface Range {
  start: Position;
  end: Position;
  startOffset: number;
  endOffset: number;
}

/** A path into the document: property names and array indices (jsonc-parser's `JSONPath`). */
export type JsonPath = Array<string | number>;

/**
 * Offset ↔ position conversion for one text. Line breaks: `\n`, `\r\n` and a lone `\r` (as VS Code). The line
 * starts are found on first use: lenient readers (hover, CodeLens) never ask for positions.
 */
export class LineIndex {
  private lineStarts?: number[];

  constructor(readonly text: string) {}

  private get starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    return (this.lineStarts = starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Position of an offset (clamped into the document). */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(this.text.length, Math.floor(offset)));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(pos: Position): number {
    const line = Math.max(0, Math.min(this.starts.length - 1, pos.line));
    return Math.min(this.text.length, this.starts[line] + Math.max(0, pos.character));
  }

  /** Range of [start, end) offsets, clamped into the document and never reversed. */
  range(startOffset: number, endOffset: number): Range {
    const s = Math.max(0, Math.min(this.text.length, startOffset));
    const e = Math.max(s, Math.min(this.text.length, endOffset));
    return { start: this.positionAt(s), end: this.positionAt(e), startOffset: s, endOffset: e };
  }
}

interface SyntaxProblem {
  message: string;
  startOffset: number;
  endOffset: number;
}

export interface ParsedDocument {
  text: string;
  lines: LineIndex;
  /** Undefined only for empty content or a document without any value. */
  root?: Node;
  /** Syntax errors (the tree is still built from what could be recovered). */
  syntaxErrors: SyntaxProblem[];
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'invalid symbol',
  InvalidNumberFormat: 'invalid number format',
  PropertyNameExpected: 'property name expected (a double-quoted string)',
  ValueExpected: 'value expected',
  ColonExpected: 'colon expected',
  CommaExpected: 'comma expected',
  CloseBraceExpected: 'closing brace "}" expected',
  CloseBracketExpected: 'closing bracket "]" expected',
  EndOfFileExpected: 'end of file expected (only one top-level value is allowed)',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

function syntaxMessage(e: ParseError): string {
  const code = printParseErrorCode(e.error);
  return `syntax error: ${SYNTAX_MESSAGES[code] ?? code}`;
}

/** Deepest nesting of objects and arrays accepted (configs need ~6; the parser recurses per level). */
export const MAX_NESTING = 64;

/**
 * Offset of the first `{`/`[` that opens level MAX_NESTING + 1, or -1. A linear scan with the JSONC scanner
 * (strings and comments skipped), run before the recursive tree builder so that a hostile 100k-deep document
 * is an error at its position instead of a stack overflow.
 */
function tooDeepAt(text: string): number {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let t = scanner.scan(); t !== SyntaxKind.EOF; t = scanner.scan()) {
    if (t === SyntaxKind.OpenBraceToken || t === SyntaxKind.OpenBracketToken) {
      if (++depth > MAX_NESTING) return scanner.getTokenOffset();
    } else if (t === SyntaxKind.CloseBraceToken || t === SyntaxKind.CloseBracketToken) depth--;
  }
  return -1;
}

/**
 * Parses JSONC (comments and trailing commas allowed) keeping the syntax tree and positioned errors — the
 * one JSONC reader of the project. A leading byte-order mark reads as a space (offsets and columns stay
 * those of the text given); nesting deeper than MAX_NESTING is a syntax error and yields no tree.
 */
export function parseDocument(text: string): ParsedDocument {
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const deep = tooDeepAt(body);
  if (deep >= 0) {
    return { text, lines: new LineIndex(text), syntaxErrors: [{ message: `syntax error: nesting deeper than ${MAX_NESTING} levels`, startOffset: deep, endOffset: deep + 1 }] };
  }
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const syntaxErrors = errors.map((e) => ({ message: syntaxMessage(e), startOffset: e.offset, endOffset: e.offset + Math.max(1, e.length) }));
  return { text, lines: new LineIndex(text), root, syntaxErrors };
}

/**
 * Lenient reading for hovers, CodeLens and the LR panel while the user types: the tree and the plain value
 * of whatever could be recovered, syntax errors ignored (the diagnostics report them).
 */
export function parseLenient(text: string): { root?: Node; value: unknown } {
  const { root } = parseDocument(text);
  return { root, value: root ? getNodeValue(root) : undefined };
}

/** The node at a path (property names / indices), or undefined. */
export function nodeAt(root: Node | undefined, path: JsonPath): Node | undefined {
  return root ? findNodeAtLocation(root, path) : undefined;
}

/** Plain JS value of a node (last duplicate key wins, as in JSON.parse). */
export function valueOf(node: Node | undefined): unknown {
  return node ? getNodeValue(node) : undefined;
}

/** The `property` node (key + value) holding a value node, when the value is an object member. */
function propertyOf(node: Node): Node | undefined {
  return node.parent && node.parent.type === 'property' ? node.parent : undefined;
}

/** The key node of an object member, given the member's value node or property node. */
export function keyNodeOf(node: Node): Node | undefined {
  const prop = node.type === 'property' ? node : propertyOf(node);
  return prop?.children?.[0];
}

/** Property nodes of an object node, in document order (duplicates included). */
export function propertiesOf(obj: Node | undefined): Node[] {
  return obj && obj.type === 'object' ? (obj.children ?? []).filter((c) => c.type === 'property') : [];
}

/** Property node of an object by key (the last one, matching `valueOf`). */
export function propertyNode(obj: Node | undefined, key: string): Node | undefined {
  let found: Node | undefined;
  for (const p of propertiesOf(obj)) if (p.children?.[0]?.value === key) found = p;
  return found;
}

/** Human form of a path: `runs[1].optimizer.lr` (`(root)` for the document itself). */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(seg) ? (out ? '.' : '') + seg : `[${JSON.stringify(seg)}]`;
  }
  return out || '(root)';
}

/** The innermost node at an offset (for hovers), and its path. */
export function nodeAtOffset(root: Node | undefined, offset: number): { node: Node; path: JsonPath } | undefined {
  const node = root ? findNodeAtOffset(root, offset, true) : undefined;
  return node ? { node, path: getNodePath(node) } : undefined;
}
