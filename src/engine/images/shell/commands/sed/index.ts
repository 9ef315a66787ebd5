// `sed` as learners use it on a pod's YAML: `sed -n '/containers:/,/ports:/p'`,
// `sed '/^status:/,$d'`, `sed -i 's/1.27/1.28/' pod.yaml`. One implementation of GNU sed 4.9
// (the laptop's, Debian images') and busybox's applet, differing only in their words: the
// laptop's shell (sandbox/sed.ts) and containers read and write files each their own way.
import { readFile, writeFile, type Gen } from '../../../effects';
import { resolvePath, type CommandIO } from '../../registry';
import { compileScript } from './compile';
import { execute } from './execute';
import { noInputFiles, scriptMessage, type Dialect } from './messages';
import { sedArgs, type SedExit, type SedInvocation } from './options';
import { ScriptError } from './reader';
import type { Chunk, SedInput, SedWrite } from './stream';

export type { Dialect } from './messages';
export type { SedInvocation } from './options';
export type { Chunk, SedInput, SedWrite } from './stream';
export { sedArgs };

export interface SedOutput {
  /** What sed wrote to stdout (1) and stderr (2), in order. */
  chunks: Chunk[];
  code: number;
  /** Files -i rewrote, and their backups. */
  writes: SedWrite[];
}

/** The operands sed reads, in order: its files, or stdin (`-`) when it names none (with -i, none at all). */
export function sedOperands(inv: SedInvocation): string[] {
  return inv.files.length || inv.inPlace !== undefined ? inv.files : ['-'];
}

/** Compile the script and run it over the operands as read (`inputs`, in sedOperands' order). */
export function sedRun(inv: SedInvocation, inputs: readonly SedInput[], dialect: Dialect): SedOutput {
  let program;
  try {
    program = compileScript(inv.expressions, inv.extended);
  } catch (e) {
    if (!(e instanceof ScriptError)) throw e;
    const m = scriptMessage(e, dialect);
    return { chunks: [[2, m.text]], code: m.code, writes: [] };
  }
  if (inv.inPlace !== undefined && inputs.length === 0) {
    const m = noInputFiles(dialect);
    return { chunks: [[2, m.text]], code: m.code, writes: [] };
  }
  return execute(program, inputs, {
    quiet: inv.quiet,
    separate: inv.separate,
    inPlace: inv.inPlace,
    lineLength: inv.lineLength,
    dialect,
  });
}

/** sed in a container: files from its filesystem, -i writing them back; busybox's words in busybox images. */
export function* sed(io: CommandIO): Gen<number> {
  const dialect: Dialect = io.busybox ? 'busybox' : 'gnu';
  const inv = sedArgs(io.argv, dialect);
  let result: SedOutput | SedExit;
  if ('chunks' in inv) result = inv;
  else {
    const inputs: SedInput[] = [];
    for (const name of sedOperands(inv)) {
      if (name === '-' && inv.inPlace === undefined) inputs.push({ name, text: io.stdin });
      else {
        const r = yield* readFile(resolvePath(io.cwd, name));
        inputs.push(r.ok ? { name, text: r.text } : { name, error: r.error });
      }
    }
    result = sedRun(inv, inputs, dialect);
    for (const w of 'writes' in result ? result.writes : [])
      yield* writeFile(resolvePath(io.cwd, w.name), w.text);
  }
  for (const [fd, text] of result.chunks) {
    if (fd === 1) io.out(text);
    else io.err(text);
  }
  return result.code;
}
