/**
 * spf13/pflag's parser as cobra runs it for kubectl: `--flag=value`, `--flag value`,
 * `-f value`, `-fvalue`, `-f=value`, combined shorthands (`-it`), flags before or
 * after positionals, `--` ending the flags. Errors carry pflag's exact wording;
 * kubectl prints them as `error: …` followed by `See 'kubectl get --help' for usage.`
 */
import { defaultValue, setFlagValue } from './values';
import type { FlagSpec, FlagValue, ParseArgsResult, ParsedArgs } from './types';

class FlagError extends Error {}

/** cobra gives every command `-h, --help`. */
function withHelp(flags: readonly FlagSpec[], commandPath?: string): FlagSpec[] {
  if (flags.some((f) => f.name === 'help')) return [...flags];
  const name = commandPath?.split(' ').pop() ?? 'this command';
  return [...flags, { name: 'help', short: 'h', type: 'bool', default: false, usage: `help for ${name}` }];
}

class FlagSet {
  private readonly byName = new Map<string, FlagSpec>();
  private readonly byShort = new Map<string, FlagSpec>();
  readonly result: ParsedArgs = { positional: [], flags: {}, set: new Set(), afterDash: [], dashIndex: -1 };

  constructor(specs: readonly FlagSpec[]) {
    for (const spec of specs) {
      this.byName.set(spec.name, spec);
      if (spec.short) this.byShort.set(spec.short, spec);
      this.result.flags[spec.name] = defaultValue(spec);
    }
  }

  /** kubectl normalizes `_` to `-` in flag names: `--all_namespaces` works. */
  lookup(name: string): FlagSpec | undefined {
    return this.byName.get(name) ?? this.byName.get(name.replace(/_/g, '-'));
  }

  lookupShort(c: string): FlagSpec | undefined {
    return this.byShort.get(c);
  }

  set(spec: FlagSpec, text: string): void {
    const previous: FlagValue = this.result.flags[spec.name] ?? defaultValue(spec);
    const value = setFlagValue(spec, text, previous, this.result.set.has(spec.name));
    if (typeof value === 'object' && !Array.isArray(value)) {
      const shown = spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
      throw new FlagError(
        `invalid argument ${JSON.stringify(text)} for ${JSON.stringify(shown)} flag: ${value.error}`,
      );
    }
    this.result.flags[spec.name] = value;
    this.result.set.add(spec.name);
  }
}

/** A flag's implicit value when written without one: `true` for bools. */
function noOptValue(spec: FlagSpec): string | undefined {
  return spec.noOptDefault ?? (spec.type === 'bool' ? 'true' : undefined);
}

function parseLong(fs: FlagSet, arg: string, rest: string[]): string[] {
  const body = arg.slice(2);
  if (body === '' || body.startsWith('-') || body.startsWith('='))
    throw new FlagError(`bad flag syntax: ${arg}`);
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  const spec = fs.lookup(name);
  if (!spec) throw new FlagError(`unknown flag: --${name}`);
  if (eq >= 0) fs.set(spec, body.slice(eq + 1));
  else if (noOptValue(spec) !== undefined) fs.set(spec, noOptValue(spec) ?? '');
  else if (rest.length > 0) {
    fs.set(spec, rest[0] ?? '');
    return rest.slice(1);
  } else throw new FlagError(`flag needs an argument: ${arg}`);
  return rest;
}

/** `-abc`: each letter a shorthand until one takes the rest of the word as its value. */
function parseShort(fs: FlagSet, arg: string, rest: string[]): string[] {
  let shorthands = arg.slice(1);
  let remaining = rest;
  while (shorthands.length > 0) {
    const c = shorthands[0] ?? '';
    const spec = fs.lookupShort(c);
    if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in -${shorthands}`);
    const implicit = noOptValue(spec);
    if (shorthands.length > 2 && shorthands[1] === '=') {
      fs.set(spec, shorthands.slice(2));
      shorthands = '';
    } else if (implicit !== undefined) {
      fs.set(spec, implicit);
      shorthands = shorthands.slice(1);
    } else if (shorthands.length > 1) {
      fs.set(spec, shorthands.slice(1));
      shorthands = '';
    } else if (rest.length > 0) {
      // pflag hands every shorthand the same following argument (rest, not remaining).
      fs.set(spec, rest[0] ?? '');
      remaining = rest.slice(1);
      shorthands = '';
    } else throw new FlagError(`flag needs an argument: '${c}' in -${shorthands}`);
  }
  return remaining;
}

/**
 * Parses argv (the words after the command name) against the command's flags.
 * `commandPath` ('kubectl get') adds kubectl's `See '… --help' for usage.` line to errors.
 */
export function parseArgs(
  argv: readonly string[],
  flags: readonly FlagSpec[],
  commandPath?: string,
): ParseArgsResult {
  const fs = new FlagSet(withHelp(flags, commandPath));
  let args = [...argv];
  try {
    while (args.length > 0) {
      const arg = args[0] ?? '';
      args = args.slice(1);
      if (arg.length < 2 || arg[0] !== '-') fs.result.positional.push(arg);
      else if (arg === '--') {
        fs.result.dashIndex = fs.result.positional.length;
        fs.result.afterDash = args;
        fs.result.positional.push(...args);
        break;
      } else if (arg[1] === '-') args = parseLong(fs, arg, args);
      else args = parseShort(fs, arg, args);
    }
  } catch (e) {
    if (!(e instanceof FlagError)) throw e;
    const see = commandPath ? `\nSee '${commandPath} --help' for usage.` : '';
    return { ok: false, error: `error: ${e.message}${see}`, message: e.message };
  }
  return { ok: true, args: fs.result };
}
