/**
 * Reading a Dockerfile as BuildKit's frontend does: comments, `\` continuations,
 * case-insensitive keywords, JSON (exec) or shell form arguments, and its error for an
 * unknown keyword: `dockerfile parse error on line 2: unknown instruction: ADDD (did you mean ADD?)`.
 */

export const INSTRUCTIONS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
];

export interface Instruction {
  /** Upper-case keyword. */
  keyword: string;
  /** The text after the keyword, continuations joined. */
  args: string;
  /** The instruction as BuildKit echoes it in `[n/m]` lines (keyword upper-cased). */
  original: string;
  /** 1-based line where it starts. */
  line: number;
}

export class DockerfileError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (dp[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = dp[i] as number[];
      const prev = dp[i - 1] as number[];
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return (dp[a.length] as number[])[b.length] ?? 0;
}

/** BuildKit's "did you mean" for a mistyped keyword, in the case the author used. */
function suggestion(word: string): string {
  const upper = word.toUpperCase();
  let best: string | undefined;
  let bestD = 3;
  for (const k of INSTRUCTIONS) {
    const d = distance(upper, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  if (!best) return '';
  return ` (did you mean ${word === word.toLowerCase() ? best.toLowerCase() : best}?)`;
}

/** Split a Dockerfile into instructions; throws DockerfileError on an unknown keyword. */
export function parseDockerfile(text: string): Instruction[] {
  const lines = text.split(/\r?\n/);
  const out: Instruction[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (/^\s*(#.*)?$/.test(raw)) continue;
    const start = i + 1;
    let joined = raw;
    while (/\\\s*$/.test(joined) && i + 1 < lines.length) {
      joined = joined.replace(/\\\s*$/, '');
      const next = lines[++i] ?? '';
      if (/^\s*#/.test(next)) continue;
      joined += next;
    }
    const m = /^\s*(\S+)\s*(.*)$/.exec(joined);
    if (!m) continue;
    const word = m[1] ?? '';
    const keyword = word.toUpperCase();
    if (!INSTRUCTIONS.includes(keyword)) {
      throw new DockerfileError(`dockerfile parse error on line ${start}: unknown instruction: ${word}${suggestion(word)}`, start);
    }
    const args = (m[2] ?? '').trim();
    out.push({ keyword, args, original: `${keyword} ${args}`.trim(), line: start });
  }
  return out;
}

/** `["node", "app.js"]` → the array; shell form → undefined. */
export function execForm(args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(args);
    return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? (parsed as string[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Split on unquoted whitespace, removing quotes (ENV, LABEL, COPY sources). */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  let has = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"' && i + 1 < text.length) cur += text[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      has = true;
    } else if (/\s/.test(c)) {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else if (c === '\\' && i + 1 < text.length) cur += text[++i];
    else cur += c;
  }
  if (has || cur) out.push(cur);
  return out;
}

/** `$NAME` and `${NAME}` (with `:-default`) from build args and ENV. */
export function substitute(text: string, vars: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a: string | undefined, def: string | undefined, b: string | undefined) => {
    const name = a ?? b ?? '';
    const v = vars.get(name);
    return v === undefined || v === '' ? (def ?? '') : v;
  });
}
