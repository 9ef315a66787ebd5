/**
 * Which word is the command in `kubectl -n kube-system get pods`: cobra's stripFlags,
 * which skips flags and the value after a flag that takes one, using the root's flags.
 */
import type { FlagSpec } from './types';

function takesNoValue(spec: FlagSpec | undefined): boolean {
  return spec !== undefined && (spec.type === 'bool' || spec.noOptDefault !== undefined);
}

/** The first non-flag word and its index in argv, or undefined when there is none. */
export function findSubcommand(
  argv: readonly string[],
  rootFlags: readonly FlagSpec[],
): { name: string; index: number } | undefined {
  const byName = new Map(rootFlags.map((f) => [f.name, f]));
  const byShort = new Map(rootFlags.filter((f) => f.short).map((f) => [f.short, f]));
  let i = 0;
  while (i < argv.length) {
    const s = argv[i] ?? '';
    const left = argv.length - i - 1;
    if (s === '--') return undefined;
    const longWithValue = s.startsWith('--') && !s.includes('=') && !takesNoValue(byName.get(s.slice(2)));
    const shortWithValue =
      !s.startsWith('--') &&
      s.startsWith('-') &&
      !s.includes('=') &&
      s.length === 2 &&
      !takesNoValue(byShort.get(s.slice(1)));
    if (longWithValue || shortWithValue) {
      // cobra stops looking when such a flag is followed by at most one word.
      if (left <= 1) return undefined;
      i += 2;
      continue;
    }
    if (s !== '' && !s.startsWith('-')) return { name: s, index: i };
    i++;
  }
  return undefined;
}
