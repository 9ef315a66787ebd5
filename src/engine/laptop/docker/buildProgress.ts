/**
 * BuildKit's plain progress, cut into vertices (`#5 [1/2] FROM …` … `#5 DONE 16.8s`), so
 * the laptop can print each one when it finishes and let the time it reports pass first.
 */

export interface Vertex {
  /** The lines as printed, with the blank line that follows them when one does. */
  text: string;
  /** `#N` of the vertex; 0 for the `#0 building with …` header, -1 for the error summary. */
  n: number;
  /** What follows `#N `: `[internal] load metadata for docker.io/library/node:7`, `[2/2] ADD app.js /app.js`. */
  title: string;
  /** Seconds the `DONE` line reports; 0 when CACHED or failed. */
  seconds: number;
  /** `[n/m]` for a Dockerfile step. */
  step?: number;
  /** The vertex that failed (`#N ERROR: …`). */
  failed: boolean;
}

export function splitVertices(output: string): Vertex[] {
  const blocks = output.split('\n\n');
  return blocks.map((block, i) => {
    const text = i < blocks.length - 1 ? `${block}\n\n` : block;
    const head = /^#(\d+) (.*)$/m.exec(block);
    const done = /^#\d+ DONE (\d+(?:\.\d+)?)s$/m.exec(block);
    const step = /^\[(\d+)\/\d+\]/.exec(head?.[2] ?? '');
    const failed = /^#\d+ ERROR: /m.test(block);
    const v: Vertex = { text, n: head ? Number(head[1]) : -1, title: head?.[2] ?? '', seconds: done ? Number(done[1]) : 0, failed };
    if (step) v.step = Number(step[1]);
    return v;
  });
}

/** With `-q` BuildKit shows no progress, only the Dockerfile snippet and the error. */
export function quietFailure(output: string, dockerfileName: string): string {
  const lines = output.split('\n');
  const snippet = lines.findIndex((l) => l.startsWith(`${dockerfileName}:`) && /:\d+$/.test(l));
  const error = lines.findIndex((l) => l.startsWith('ERROR: '));
  const from = snippet >= 0 ? snippet : error;
  return from >= 0 ? lines.slice(from).join('\n') : output;
}
