// How `kubectl -o yaml` writes a string. kubectl goes through sigs.k8s.io/yaml, i.e.
// go-yaml v2, a YAML 1.1 emitter: a string that would read back as something else
// (`"True"`, `"1364"`, `"2022-02-17T21:51:01Z"`, `"on"`, `""`) is double-quoted; one
// that plain style cannot carry (`': '`, a leading `*`, trailing space) is
// single-quoted; one with a line break is a `|` literal block; control characters
// force double quotes with escapes. Map keys sort in go-yaml's "natural" order.

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

const BOOL_OR_NULL = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '<<',
]);
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const YAML_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const TIMESTAMP = [
  /^\d{4}-\d{1,2}-\d{1,2}$/,
  /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?$/,
];

/** go-yaml v2 resolve(): would this text, unquoted, read back as a non-string? */
function resolvesToNonString(s: string): boolean {
  if (BOOL_OR_NULL.has(s)) return true;
  const first = s[0] ?? '';
  if (/[0-9+-]/.test(first)) {
    if (TIMESTAMP.some((re) => re.test(s))) return true;
    const plain = s.replaceAll('_', '');
    return YAML_INT.test(plain) || YAML_FLOAT.test(plain);
  }
  return first === '.' && YAML_FLOAT.test(s);
}

/** YAML printable: #x0A, #x20-#x7E, #xA0-#xD7FF, #xE000-#xFFFD minus the BOM. */
export function isPrintable(cp: number): boolean {
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
  );
}

export function isBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u0085' || ch === '\u2028' || ch === '\u2029';
}

interface Analysis {
  plainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

const FIRST_INDICATORS = new Set([...'#,[]{}&*!|>\'"%@`']);

/** A port of yaml_emitter_analyze_scalar, for block context. */
function analyze(value: string): Analysis {
  const chars = [...value];
  let indicators = value.startsWith('---') || value.startsWith('...');
  let special = false;
  let lineBreaks = false;
  let spaceBreak = false;
  let breakSpace = false;
  let prevSpace = false;
  let prevBreak = false;
  let precededByWhitespace = true;
  chars.forEach((ch, i) => {
    const next = chars[i + 1];
    const followedByWhitespace = next === undefined || next === ' ' || next === '\t';
    if (i === 0 && FIRST_INDICATORS.has(ch)) indicators = true;
    if ((ch === ':' || (i === 0 && (ch === '?' || ch === '-'))) && followedByWhitespace) indicators = true;
    if (i > 0 && ch === '#' && precededByWhitespace) indicators = true;
    if (!isPrintable(ch.codePointAt(0) ?? 0)) special = true;
    if (ch === ' ') {
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (isBreak(ch)) {
      lineBreaks = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWhitespace = ch === ' ' || ch === '\t' || isBreak(ch);
  });
  const first = chars[0];
  const last = chars[chars.length - 1];
  const edges = first === ' ' || last === ' ' || isBreak(first) || isBreak(last);
  return {
    plainAllowed: !(edges || breakSpace || spaceBreak || special || lineBreaks || indicators),
    singleQuotedAllowed: !(breakSpace || spaceBreak || special),
    blockAllowed: !(last === ' ' || spaceBreak || special),
  };
}

/** The style go-yaml v2 ends up with for a string value (or, with `isKey`, a map key). */
export function scalarStyle(s: string, isKey: boolean): ScalarStyle {
  const a = analyze(s);
  if (s.includes('\n')) return !isKey && a.blockAllowed ? 'literal' : 'double';
  if (resolvesToNonString(s) || BASE60_FLOAT.test(s)) return 'double';
  if (a.plainAllowed) return 'plain';
  return a.singleQuotedAllowed ? 'single' : 'double';
}

const isLetter = (ch: string): boolean => /\p{L}/u.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && /[0-9]/.test(ch);

/** go-yaml v2 keyList.Less for string keys: letters after other characters, digit runs by value. */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const x = ar[i] as string;
    const y = br[i] as string;
    if (x === y) continue;
    const al = isLetter(x);
    const bl = isLetter(y);
    if (al && bl) return x < y;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (x === '0' || y === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    let bi = i;
    for (; isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return x < y;
  }
  return ar.length < br.length;
}
