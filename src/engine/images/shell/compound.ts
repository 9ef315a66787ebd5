/**
 * Compound commands: `if`, `while`/`until` (with the no-sleep tick that keeps a busy
 * loop from freezing virtual time), `for`, `case`, `{ }` and `( )` subshells.
 */
import type { Gen } from '../effects';
import { expandString, expandWords, globMatch } from './expand';
import type { Shell } from './interp';
import type { Node } from './parser';
import { ExitSignal, LoopSignal } from './signals';
import type { Fds } from './sinks';

/** Virtual ms a loop iteration takes when its body never sleeps. */
export const LOOP_TICK_MS = 10;

export function* runCompound(shell: Shell, node: Node, fds: Fds): Gen<number> {
  if (node.type === 'if') {
    for (const clause of node.clauses) {
      if ((yield* shell.condition(clause.cond, fds)) === 0) return yield* shell.run(clause.body, fds);
    }
    return node.elseBody ? yield* shell.run(node.elseBody, fds) : 0;
  }
  if (node.type === 'loop') return yield* runLoop(shell, node, fds);
  if (node.type === 'for') return yield* runFor(shell, node, fds);
  if (node.type === 'case') return yield* runCase(shell, node, fds);
  if (node.type === 'group') return node.subshell ? yield* runSubshell(shell, node.body, fds) : yield* shell.run(node.body, fds);
  return 0;
}

function* runSubshell(shell: Shell, body: Node, fds: Fds): Gen<number> {
  const saved = shell.snapshot();
  try {
    return yield* shell.run(body, fds);
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
    throw e;
  } finally {
    shell.restore(saved);
  }
}

/** One loop iteration's body, with break/continue; `tick` adds the no-sleep tick (while/until). */
function* iterate(shell: Shell, body: Node, fds: Fds, tick = true): Gen<'break' | 'next'> {
  const before = shell.sleptMs;
  try {
    yield* shell.run(body, fds);
  } catch (e) {
    if (!(e instanceof LoopSignal)) throw e;
    if (e.n > 1) {
      e.n--;
      throw e;
    }
    if (e.kind === 'break') return 'break';
  }
  if (tick && shell.sleptMs === before) yield* shell.effect({ op: 'sleep', ms: LOOP_TICK_MS });
  return 'next';
}

function* runLoop(shell: Shell, node: Extract<Node, { type: 'loop' }>, fds: Fds): Gen<number> {
  let status = 0;
  for (;;) {
    const cond = yield* shell.condition(node.cond, fds);
    if ((cond === 0) === node.until) break;
    if ((yield* iterate(shell, node.body, fds)) === 'break') break;
    status = shell.status;
  }
  return status;
}

function* runFor(shell: Shell, node: Extract<Node, { type: 'for' }>, fds: Fds): Gen<number> {
  const items = node.words ? yield* expandWords(shell, node.words) : [...shell.positional];
  for (const item of items) {
    shell.vars.set(node.name, item);
    if ((yield* iterate(shell, node.body, fds, false)) === 'break') break;
  }
  return shell.status;
}

function* runCase(shell: Shell, node: Extract<Node, { type: 'case' }>, fds: Fds): Gen<number> {
  const word = yield* expandString(shell, node.word);
  for (const arm of node.arms) {
    for (const p of arm.patterns) {
      if (globMatch(yield* expandString(shell, p), word)) return yield* shell.run(arm.body, fds);
    }
  }
  return 0;
}
