/**
 * `docker build --help`. With Docker 28 `docker build` is buildx's `docker buildx build`,
 * so its page is buildx's, rendered here from the flag specs the parser uses, in pflag's
 * layout (`FlagUsagesWrapped(79)` when stdout is not a terminal).
 */
import { DOCKER_COMMANDS, type FlagSpec } from '../../kubectl/cli';

const COLUMNS = 79;

/** pflag's wrapN: break at the last space before `width`, unless the rest is within the slop. */
function wrapN(width: number, slop: number, s: string): [string, string] {
  if (width + slop > s.length) return [s, ''];
  const w = s.slice(0, width).lastIndexOf(' ');
  if (w <= 0) return [s, ''];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag's wrap: usage text from column `indent` to `COLUMNS`, with five characters of slop. */
export function pflagWrap(indent: number, text: string): string {
  const slop = 5;
  const width = COLUMNS - indent - slop;
  let [line, rest] = wrapN(width, slop, text);
  let out = line;
  while (rest !== '') {
    [line, rest] = wrapN(width, slop, rest);
    out += `\n${' '.repeat(indent)}${line}`;
  }
  return out;
}

function typeName(f: FlagSpec): string {
  switch (f.type) {
    case 'bool':
      return '';
    case 'stringSlice':
      return 'strings';
    default:
      return f.type;
  }
}

function defaultText(f: FlagSpec): string {
  if (f.type === 'bool') return f.default === true ? ' (default true)' : '';
  if (f.type === 'string' && typeof f.default === 'string' && f.default !== '') return ` (default "${f.default}")`;
  return '';
}

/** pflag's option lines: names and type, padded to the longest, then the wrapped usage. */
export function renderDockerFlags(flags: readonly FlagSpec[]): string {
  const sorted = [...flags].filter((f) => !f.hidden).sort((a, b) => a.name.localeCompare(b.name));
  const heads = sorted.map((f) => `${f.short ? `  -${f.short}, ` : '      '}--${f.name}${typeName(f) ? ` ${typeName(f)}` : ''}`);
  const max = Math.max(...heads.map((h) => h.length));
  return sorted.map((f, i) => `${(heads[i] ?? '').padEnd(max)}   ${pflagWrap(max + 3, f.usage + defaultText(f))}\n`).join('');
}

export function buildHelp(): string {
  const spec = DOCKER_COMMANDS.build;
  return [
    'Usage:  docker buildx build [OPTIONS] PATH | URL | -',
    '',
    'Start a build',
    '',
    'Aliases:',
    '  docker build, docker builder build, docker image build, docker buildx b',
    '',
    'Options:',
    renderDockerFlags(spec?.flags ?? []),
  ].join('\n');
}
