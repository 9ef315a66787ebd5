/**
 * The shell's entry points. `parseScript` parses and expands in one go, carrying
 * plain assignments (`NS=dev`, `export NS=dev`) forward so later lines see them;
 * an interpreter that wants `$?` exact after every command uses `parseScriptRaw`
 * and `expandCommand` per command instead, which is what bash itself does.
 */
import { expandCommand } from './expand';
import type { Env } from './expand';
import { parseRaw } from './parser';
import type {
  AndOrList,
  ParseResult,
  Pipeline,
  RawAndOrList,
  RawParseResult,
  RawPipeline,
  RawScript,
  Script,
} from './types';

/** Parses without expanding: words keep their `$VAR`s for expansion at run time. */
export function parseScriptRaw(text: string): RawParseResult {
  return parseRaw(text);
}

export function parseScript(text: string, env: Env = {}): ParseResult {
  const raw = parseRaw(text);
  const vars: Record<string, string> = { ...env };
  const expanded = expandScript(raw.ok ? raw.script : raw.partial, vars);
  if ('error' in expanded) return { ok: false, error: expanded.error, partial: expanded.partial };
  if (!raw.ok) return { ok: false, error: raw.error, partial: expanded.script };
  return { ok: true, script: expanded.script };
}

function expandScript(
  raw: RawScript,
  vars: Record<string, string>,
): { script: Script } | { error: string; partial: Script } {
  const script: Script = { lists: [], source: [], warnings: raw.warnings };
  for (const [i, list] of raw.lists.entries()) {
    const out = expandList(list, vars);
    if (typeof out === 'string') return { error: out, partial: script };
    script.lists.push(out);
    script.source.push(raw.source[i] ?? '');
  }
  return { script };
}

function expandList(list: RawAndOrList, vars: Record<string, string>): AndOrList | string {
  const first = expandPipeline(list.first, vars);
  if (typeof first === 'string') return first;
  const out: AndOrList = { first, rest: [] };
  if (list.background) out.background = true;
  for (const r of list.rest) {
    const p = expandPipeline(r.pipeline, vars);
    if (typeof p === 'string') return p;
    out.rest.push({ op: r.op, pipeline: p });
  }
  return out;
}

function expandPipeline(p: RawPipeline, vars: Record<string, string>): Pipeline | string {
  const out: Pipeline = { commands: [], negated: p.negated };
  for (const raw of p.commands) {
    const r = expandCommand(raw, vars);
    if (!r.ok) return r.error;
    out.commands.push(r.command);
    // Only a lone command sets shell variables: in a pipeline bash runs it in a subshell.
    if (p.commands.length === 1) rememberVariables(r.command.argv, r.command.assignments, vars);
  }
  return out;
}

function rememberVariables(
  argv: string[],
  assignments: Record<string, string>,
  vars: Record<string, string>,
): void {
  if (argv.length === 0) Object.assign(vars, assignments);
  if (argv[0] !== 'export' && argv[0] !== 'readonly') return;
  for (const arg of argv.slice(1)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(arg);
    if (m) vars[m[1] ?? ''] = m[2] ?? '';
  }
}
