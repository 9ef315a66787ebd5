// Running the sed core as the laptop's shell does, on text and a working directory's
// files, for tables whose expected outputs come from GNU sed 4.9 itself.
import {
  sedArgs,
  sedOperands,
  sedRun,
  type Dialect,
  type SedInput,
} from '../../../../src/engine/images/shell/commands/sed';

export const F5 = 'a\nb\nc\nd\ne\n';
export const S10 = '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n';
export const POD = `apiVersion: v1
kind: Pod
metadata:
  labels:
    run: web
  name: web
  namespace: default
spec:
  containers:
  - image: nginx:1.27
    name: web
    ports:
    - containerPort: 80
      protocol: TCP
  restartPolicy: Always
status:
  phase: Running
  podIP: 10.244.1.5
`;

interface Ran {
  stdout: string;
  stderr: string;
  code: number;
  /** Files -i wrote (and their backups) whose text differs from before. */
  changed: Record<string, string>;
}

export function sedOnFiles(
  dialect: Dialect,
  args: string[],
  stdin: string,
  files: Record<string, string>,
  dirs: string[] = [],
): Ran {
  const inv = sedArgs(['sed', ...args], dialect);
  const read = (name: string): SedInput => {
    if (name === '-' && 'files' in inv && inv.inPlace === undefined) return { name, text: stdin };
    if (dirs.includes(name)) return { name, error: 'EISDIR' };
    return name in files ? { name, text: files[name] } : { name, error: 'ENOENT' };
  };
  const result = 'files' in inv ? sedRun(inv, sedOperands(inv).map(read), dialect) : { ...inv, writes: [] };
  const text = (fd: 1 | 2) =>
    result.chunks
      .filter(([f]) => f === fd)
      .map(([, t]) => t)
      .join('');
  const changed = Object.fromEntries(
    result.writes.filter((w) => files[w.name] !== w.text).map((w) => [w.name, w.text]),
  );
  return { stdout: text(1), stderr: text(2), code: result.code, changed };
}

export function gnuSedOnFiles(
  args: string[],
  stdin: string,
  files: Record<string, string>,
  dirs: string[] = [],
): Ran {
  return sedOnFiles('gnu', args, stdin, files, dirs);
}

/** sed reading stdin only: what it printed and its status. */
export function gnuSed(args: string[], stdin: string): Omit<Ran, 'changed'> {
  const { stdout, stderr, code } = sedOnFiles('gnu', args, stdin, {});
  return { stdout, stderr, code };
}
