/**
 * Expansion, the step bash runs just before a simple command executes: parameters
 * (`$NS`, `${TAG:-latest}`, `$?`), `~`, then field splitting of unquoted results on
 * blanks, so `FLAGS="-n kube-system"; kubectl get pods $FLAGS` passes two arguments.
 * No globbing: `*` stays a literal asterisk.
 */
import type { RawCommand, RawRedirect, Redirect, SimpleCommand, WordPart } from './types';

export type Env = Readonly<Record<string, string>>;

export type ExpandResult = { ok: true; command: SimpleCommand } | { ok: false; error: string };

/** Parameters bash always has a value for, before any command has run. */
const SPECIAL_DEFAULTS: Record<string, string> = { '?': '0', '#': '0' };

function lookup(name: string, env: Env): string | undefined {
  return Object.prototype.hasOwnProperty.call(env, name) ? env[name] : SPECIAL_DEFAULTS[name];
}

function paramValue(part: WordPart & { kind: 'param' }, env: Env): string {
  const value = lookup(part.name, env);
  const arg = (): string => joinParts(part.arg ?? [], env);
  switch (part.op) {
    case undefined:
      return value ?? '';
    case 'length':
      return String([...(value ?? '')].length);
    case ':-':
    case ':=':
      return value ? value : arg();
    case '-':
    case '=':
      return value !== undefined ? value : arg();
    case ':+':
      return value ? arg() : '';
    case '+':
      return value !== undefined ? arg() : '';
  }
}

/** Expansion without field splitting: assignments, heredoc bodies, `${X:-…}` words. */
export function joinParts(parts: readonly WordPart[], env: Env): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'lit') out += part.text;
    else if (part.kind === 'tilde') out += lookup('HOME', env) ?? '~';
    else out += paramValue(part, env);
  }
  return out;
}

/** A word becomes zero or more arguments: `$EMPTY` unquoted vanishes, `""` stays. */
export function expandWord(parts: readonly WordPart[], env: Env): string[] {
  const fields: string[] = [];
  let cur = '';
  let started = false;
  for (const part of parts) {
    if (part.kind === 'lit') {
      cur += part.text;
      started = true;
      continue;
    }
    const value = part.kind === 'tilde' ? (lookup('HOME', env) ?? '~') : paramValue(part, env);
    if (part.kind === 'tilde' || part.quoted) {
      cur += value;
      started = true;
      continue;
    }
    const pieces = value.split(/[ \t\n]+/);
    pieces.forEach((piece, i) => {
      if (i > 0 && started) {
        fields.push(cur);
        cur = '';
        started = false;
      }
      cur += piece;
      if (piece !== '') started = true;
    });
  }
  if (started) fields.push(cur);
  return fields;
}

function expandRedirect(r: RawRedirect, env: Env): Redirect | string {
  if (r.target === undefined) return { op: r.op, target: r.op === '2>&1' ? '1' : '2' };
  const fields = expandWord(r.target.parts, env);
  if (fields.length !== 1) return `bash: ${r.target.text}: ambiguous redirect`;
  return { op: r.op, target: fields[0] ?? '' };
}

/** Expands one simple command against the variables in force when it runs. */
export function expandCommand(cmd: RawCommand, env: Env): ExpandResult {
  const assignments: Record<string, string> = {};
  for (const a of cmd.assignments) assignments[a.name] = joinParts(a.value.parts, env);
  const argv = cmd.words.flatMap((w) => expandWord(w.parts, env));
  const redirects: Redirect[] = [];
  for (const r of cmd.redirects) {
    const expanded = expandRedirect(r, env);
    if (typeof expanded === 'string') return { ok: false, error: expanded };
    redirects.push(expanded);
  }
  const command: SimpleCommand = { argv, redirects, assignments };
  if (cmd.stdin) {
    const text = joinParts(cmd.stdin.parts, env);
    command.stdin = cmd.stdin.hereString ? text + '\n' : text;
  }
  return { ok: true, command };
}
