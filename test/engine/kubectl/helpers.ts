import { createSandbox, type Sandbox } from '../../../src/engine/sandbox';

export const WEB_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
  - name: nginx
    image: nginx
`;

/** A fresh default cluster with files written into the learner's working directory. */
export function cluster(files: Record<string, string> = {}): Sandbox {
  const sb = createSandbox({ seed: 7 });
  for (const [path, text] of Object.entries(files)) sb.run(`cat > ${path} <<'EOF'\n${text}EOF`);
  return sb;
}

/** Run a command and measure how much virtual time it took. */
export function timed(sb: Sandbox, cmd: string): { output: string; exitCode: number; seconds: number } {
  const start = sb.now();
  const r = sb.run(cmd);
  return { ...r, seconds: (sb.now() - start) / 1000 };
}

/** The request lines kubectl sent (from the trace), e.g. `DELETE /api/v1/namespaces/default/pods/web`. */
export function kubectlRequests(sb: Sandbox): string[] {
  return sb.trace.filter((e) => e.from === 'kubectl' && e.to === 'apiServer' && e.detail && typeof e.detail.request === 'string').map((e) => String(e.detail!.request));
}
