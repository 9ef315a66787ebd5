// kubectl parses YAML with go-yaml v2 (through sigs.k8s.io/yaml); we parse with `yaml`.
// This maps the `yaml` library's error onto the message go-yaml prints for the same mistake,
// including go-yaml's numbering quirk: scanner errors name the 1-based line of the problem,
// parser errors ("did not find expected key") name its 0-based line, i.e. the line above,
// and neither names line "0".
import type { YAMLError } from 'yaml';

type Style = 'scanner' | 'parser';

interface GoYamlError {
  problem: string;
  /** 0-based line in the document chunk where go-yaml's mark is. */
  line: number;
  style: Style;
}

const TOKEN = 'found character that cannot start any token';
const MAPPING_VALUES = 'mapping values are not allowed in this context';
const NO_COLON = "could not find expected ':'";
const NO_KEY = 'did not find expected key';

/** `yaml: line 7: mapping values are not allowed in this context` */
export function goYamlText(e: GoYamlError): string {
  const n = e.style === 'scanner' ? e.line + 1 : e.line;
  return e.line === 0 ? `yaml: ${e.problem}` : `yaml: line ${n}: ${e.problem}`;
}

const indentOf = (s: string): number => s.length - s.trimStart().length;
const isBlank = (s: string): boolean => /^\s*(#.*)?$/.test(s);

/** Column where a line's content starts, past indentation and `- ` indicators. */
function contentCol(s: string): number {
  const m = /^(\s*(?:-\s+)*)/.exec(s);
  return m?.[1]?.length ?? 0;
}

/** Index of a mapping `:` (followed by a space or end of line) outside quotes, or -1. */
function mapColon(s: string): number {
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (i === 0 || s[i - 1] === ' ') quote = c;
    } else if (c === '#' && (i === 0 || s[i - 1] === ' ')) {
      return -1;
    } else if (c === ':' && (i + 1 === s.length || s[i + 1] === ' ' || s[i + 1] === '\r')) {
      return i;
    }
  }
  return -1;
}

function eofLine(chunk: string): number {
  return (chunk.match(/\n/g) ?? []).length;
}

/** A plain scalar running onto more-indented lines, as go-yaml's scanner would read it. */
function implicitKey(lines: string[], at: number, chunk: string): GoYamlError {
  const text = lines[at] ?? '';
  const col = contentCol(text);
  const rest = text.slice(col);
  const colon = mapColon(rest);
  if (colon >= 0 && mapColon(rest.slice(colon + 1)) >= 0) return { problem: MAPPING_VALUES, line: at, style: 'scanner' };
  for (let m = at + 1; m < lines.length; m++) {
    const next = lines[m] ?? '';
    if (next.trim() === '') continue;
    if (indentOf(next) <= col || next.trim().startsWith('#')) {
      return colon >= 0 ? { problem: NO_KEY, line: at, style: 'parser' } : { problem: NO_COLON, line: m, style: 'scanner' };
    }
    if (mapColon(next) >= 0) return { problem: colon >= 0 ? MAPPING_VALUES : NO_COLON, line: m, style: 'scanner' };
  }
  return colon >= 0 ? { problem: NO_KEY, line: at, style: 'parser' } : { problem: NO_COLON, line: eofLine(chunk), style: 'scanner' };
}

/**
 * A line less indented than its siblings: go-yaml closes the inner block and then finds a
 * key where the outer block wanted a `-` (a real block sequence) or a key (a mapping, or a
 * sequence written at its key's indentation, which holds no indentation level of its own).
 */
function dedent(lines: string[], at: number): GoYamlError {
  const k = indentOf(lines[at] ?? '');
  for (let m = at - 1; m >= 0; m--) {
    const prev = lines[m] ?? '';
    if (isBlank(prev) || indentOf(prev) >= k) continue;
    const dash = /^\s*-(\s|$)/.test(prev);
    if (!dash) break;
    const seqCol = indentOf(prev);
    for (let p = m - 1; p >= 0; p--) {
      const parent = lines[p] ?? '';
      if (isBlank(parent) || /^\s*-(\s|$)/.test(parent)) continue;
      if (indentOf(parent) < seqCol) return { problem: "did not find expected '-' indicator", line: at, style: 'parser' };
      if (indentOf(parent) === seqCol) break;
    }
    break;
  }
  return { problem: NO_KEY, line: at, style: 'parser' };
}

export function goYamlError(err: YAMLError, chunk: string, line0: number, column0: number): GoYamlError {
  const lines = chunk.split('\n');
  const msg = err.message;
  switch (err.code) {
    case 'TAB_AS_INDENT':
    case 'BAD_SCALAR_START':
      return { problem: TOKEN, line: line0, style: 'scanner' };
    case 'BAD_DQ_ESCAPE':
      return { problem: 'found unknown escape character', line: line0, style: 'scanner' };
  }
  if (/Missing closing .?quote/.test(msg)) return { problem: 'found unexpected end of stream', line: eofLine(chunk), style: 'scanner' };
  if (/Flow (map|sequence)/.test(msg)) {
    const closer = /Flow map/.test(msg) ? '}' : ']';
    return { problem: `did not find expected ',' or '${closer}'`, line: eofLine(chunk), style: 'parser' };
  }
  const text = lines[line0] ?? '';
  const atDash = /^\s*-(\s|$)/.test(text) && column0 === indentOf(text);
  if (atDash || err.code === 'UNEXPECTED_TOKEN') {
    return { problem: NO_KEY, line: line0, style: 'parser' };
  }
  if (err.code === 'BAD_INDENT' || /without - indicator/.test(msg)) return dedent(lines, line0);
  if (['MULTILINE_IMPLICIT_KEY', 'BLOCK_AS_IMPLICIT_KEY', 'MISSING_CHAR'].includes(err.code)) {
    return implicitKey(lines, line0, chunk);
  }
  return { problem: NO_KEY, line: line0, style: 'parser' };
}
