/**
 * What `docker build` prints with BuildKit's plain progress (`--progress=plain`, or any
 * build whose output is not a terminal): numbered vertices, `DONE`/`CACHED`, base-image
 * layers downloading and extracting, `writing image sha256:…`, `naming to …`. Durations
 * come from sizes (a 20 MB/s link, 100 MB/s extraction), so the same build prints the same.
 */
import type { BuildResult, BuildStep } from '../dockerfile';
import type { ImageManifest } from '../types';

const DOWNLOAD_BPS = 20_000_000;
const EXTRACT_BPS = 100_000_000;

/** BuildKit's sizes: `528B`, `4.10kB`, `52.58MB` (decimal units, two decimals). */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return i === 0 ? `${bytes}B` : `${v.toFixed(2)}${units[i]}`;
}

const secs = (s: number): string => `${s.toFixed(1)}s`;

class Printer {
  lines: string[] = ['#0 building with "default" instance using docker driver', ''];
  n = 0;

  vertex(title: string, body: string[], end: string): void {
    this.n++;
    this.lines.push(`#${this.n} ${title}`, ...body.map((b) => `#${this.n} ${b}`), `#${this.n} ${end}`, '');
  }
}

/** The FROM vertex body: resolve, then each base layer downloading and extracting. */
function pullLines(base: ImageManifest, ref: string): { body: string[]; seconds: number } {
  const body = [`resolve ${ref}@${base.digest} 0.0s done`];
  let seconds = 0.1;
  for (const l of base.layers) {
    const t = 0.1 + l.size / DOWNLOAD_BPS;
    body.push(`${l.digest} 0B / ${humanSize(l.size)} 0.1s`, `${l.digest} ${humanSize(l.size)} / ${humanSize(l.size)} ${secs(t)} done`);
    seconds += t;
  }
  for (const l of base.layers) {
    const t = l.size / EXTRACT_BPS;
    body.push(`extracting ${l.digest}`, `extracting ${l.digest} ${secs(t)} done`);
    seconds += t;
  }
  return { body, seconds };
}

function snippet(lines: string[], line: number, name: string): string[] {
  const from = Math.max(1, line - 4);
  const to = Math.min(lines.length - (lines[lines.length - 1] === '' ? 1 : 0), line + 4);
  const out = [`${name}:${line}`, '--------------------'];
  for (let i = from; i <= to; i++) out.push(`${String(i).padStart(4)} | ${i === line ? '>>>' : '   '} ${lines[i - 1] ?? ''}`.trimEnd());
  out.push('--------------------');
  return out;
}

function fromStep(p: Printer, step: BuildStep, result: BuildResult, allCached: boolean): void {
  const base = step.base;
  const ref = result.meta.baseRef ?? '';
  const title = base ? `[${step.n}/${step.total}] FROM ${ref}@${base.digest}` : `[${step.n}/${step.total}] ${step.instruction}`;
  if (base && step.pulledBase) {
    const pull = pullLines(base, ref);
    p.vertex(title, pull.body, `DONE ${secs(pull.seconds)}`);
  } else p.vertex(title, [], allCached ? 'CACHED' : 'DONE 0.0s');
}

function layerStep(p: Printer, step: BuildStep): void {
  const title = `[${step.n}/${step.total}] ${step.instruction}`;
  if (step.cached) p.vertex(title, [], 'CACHED');
  else p.vertex(title, [], `DONE ${secs(0.1 + (step.layer?.size ?? 0) / EXTRACT_BPS)}`);
}

function failure(p: Printer, result: Extract<BuildResult, { ok: false }>, failed?: BuildStep): string {
  const out = [...p.lines];
  if (result.phase === 'metadata' || (result.phase === 'step' && failed)) {
    const title = result.phase === 'metadata' ? `[internal] load metadata for ${result.meta.baseRef ?? ''}` : `[${failed?.n}/${failed?.total}] ${failed?.instruction}`;
    const short = result.phase === 'metadata' ? `${result.meta.baseRef ?? ''}: not found` : result.error.replace(/^failed to solve: failed to compute cache key: /, '');
    out.push(`#${p.n + 1} ${title}`, `#${p.n + 1} ERROR: ${short}`, '------', ` > ${title}:`, '------');
  } else if (out[out.length - 1] === '') out.pop();
  if (result.line !== undefined) out.push(...snippet(result.meta.lines, result.line, result.meta.dockerfileName));
  out.push(`ERROR: failed to build: ${result.error}`);
  return `${out.join('\n')}\n`;
}

/** The whole plain-progress transcript of a build (what the terminal shows). */
export function buildOutput(result: BuildResult, opts: { contextBytes: number }): string {
  const p = new Printer();
  const meta = result.meta;
  const dfBytes = meta.lines.join('\n').length;
  // BuildKit reports 2B transferred for a Dockerfile that is not there.
  const missing = !result.ok && result.error.includes('failed to read dockerfile');
  p.vertex(`[internal] load build definition from ${meta.dockerfileName}`, [`transferring dockerfile: ${humanSize(missing ? 2 : dfBytes)} done`], 'DONE 0.0s');
  if (!result.ok && result.phase === 'definition') return failure(p, result);
  if (!result.ok && result.phase === 'metadata') return failure(p, result);
  const fromTitle = meta.baseRef ? `[internal] load metadata for ${meta.baseRef}` : undefined;
  if (fromTitle) p.vertex(fromTitle, [], `DONE ${meta.baseRef?.startsWith('docker.io/') ? '1.2s' : '0.6s'}`);
  p.vertex('[internal] load .dockerignore', ['transferring context: 2B done'], 'DONE 0.0s');
  if (meta.usesContext) p.vertex('[internal] load build context', [`transferring context: ${humanSize(opts.contextBytes)} done`], 'DONE 0.0s');
  const steps = result.steps;
  const allCached = steps.slice(1).every((s) => s.cached);
  const failed = result.ok ? undefined : steps[steps.length - 1];
  for (const step of steps) {
    if (step === failed && !step.layer) break;
    if (step.n === 1) fromStep(p, step, result, allCached && steps.length > 1);
    else layerStep(p, step);
  }
  if (!result.ok) return failure(p, result, failed);
  const exportSecs = allCached ? 0 : 0.1;
  const names = meta.tags.map((t) => `naming to ${qualify(t)} done`);
  p.vertex('exporting to image', ['exporting layers', `exporting layers ${secs(exportSecs)} done`, `writing image ${result.image.id} done`, ...names], `DONE ${secs(exportSecs)}`);
  return `${p.lines.join('\n').replace(/\n$/, '')}\n`;
}

/** `kubia` → `docker.io/library/kubia`; a tag stays only when one was given. */
function qualify(name: string): string {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  if (slash < 0) return `docker.io/library/${name}`;
  if (/[.:]/.test(first) || first === 'localhost') return name;
  return `docker.io/${name}`;
}
