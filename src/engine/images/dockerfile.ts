/**
 * `docker build`: a Dockerfile and a build context become an image, layer by layer, with
 * BuildKit's steps and errors. Step 1 of the nine steps (seed 000): the book's kubia image
 * is `FROM node:7`, `ADD app.js /app.js`, `ENTRYPOINT ["node", "app.js"]` — two layers'
 * worth of steps over node:7's, and a process that is the kubia server.
 */
import { effectiveArgv } from './argv';
import { isKubiaAppJs } from './behaviours/kubia';
import { MissingSourceError } from './build/context';
import { DockerfileError, parseDockerfile, splitArgs, substitute, type Instruction } from './build/parse';
import { applyConfig, layerFor, newStage, type Stage } from './build/stage';
import { assembleImage, stackLayers } from './manifest';
import { parseImageRef } from './reference';
import { baseName, resolvePath } from './shell/registry';
import type { ImageManifest, Layer } from './types';

export { buildOutput } from './build/output';
export { KUBIA_APP_JS } from './behaviours/kubia';

export interface BuildInput {
  /** The Dockerfile's text; undefined when there is none in the context. */
  dockerfile?: string;
  /** Its name (`-f`), `Dockerfile` by default. */
  dockerfileName?: string;
  /** Build context: path → content. */
  files: Record<string, string>;
  /** `-t` names; the first one names the image. */
  tag: string[];
  /** The base image by normalised reference (from the laptop's images or the registry). */
  baseLookup(ref: string): ImageManifest | undefined;
  /** Layer digests already on the machine: steps that would make them are CACHED. */
  localLayers?: ReadonlySet<string>;
}

export interface BuildStep {
  n: number;
  total: number;
  /** As written, keyword upper-cased: `ADD app.js /app.js`, `FROM node:7`. */
  instruction: string;
  layer?: Layer;
  cached?: boolean;
  /** FROM whose base layers had to be downloaded. */
  pulledBase?: boolean;
  /** FROM: the resolved base. */
  base?: ImageManifest;
}

/** What the progress output needs besides the steps. */
export interface BuildMeta {
  dockerfileName: string;
  /** Dockerfile lines, for BuildKit's error snippet. */
  lines: string[];
  /** The FROM reference normalised, e.g. `docker.io/library/node:7`. */
  baseRef?: string;
  usesContext: boolean;
  tags: string[];
}

export type BuildFailurePhase = 'definition' | 'metadata' | 'step';

export type BuildResult =
  | { ok: true; image: ImageManifest; steps: BuildStep[]; meta: BuildMeta }
  | { ok: false; error: string; steps: BuildStep[]; meta: BuildMeta; phase: BuildFailurePhase; line?: number };

const STEP_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);

/** The behaviour of a built image: kubia when it runs the book's app.js, else its base's. */
function behaviourOf(stage: Stage): string {
  const argv = effectiveArgv(stage.config);
  if (baseName(argv[0] ?? '') === 'node' && argv[1]) {
    const text = stage.files[resolvePath(stage.config.workingDir || '/', argv[1])];
    if (text !== undefined && isKubiaAppJs(text)) return 'kubia';
  }
  return stage.base?.behaviour ?? 'generic';
}

function fromRef(ins: Instruction, args: ReadonlyMap<string, string>): string {
  const words = splitArgs(substitute(ins.args, args)).filter((w) => !w.startsWith('--'));
  return words[0] ?? '';
}

interface Run {
  input: BuildInput;
  meta: BuildMeta;
  steps: BuildStep[];
}

function fail(run: Run, phase: BuildFailurePhase, error: string, line?: number): BuildResult {
  const r: BuildResult = { ok: false, error: `failed to solve: ${error}`, steps: run.steps, meta: run.meta, phase };
  if (line !== undefined) r.line = line;
  return r;
}

function startStage(run: Run, ins: Instruction, globalArgs: Map<string, string>, total: number): Stage | BuildResult {
  const text = fromRef(ins, globalArgs);
  if (text === 'scratch') {
    run.steps.push({ n: 1, total, instruction: ins.original });
    return newStage(undefined, globalArgs);
  }
  const parsed = parseImageRef(text);
  if (!parsed.ok) return fail(run, 'metadata', `failed to parse stage name "${text}": ${parsed.error}`, ins.line);
  run.meta.baseRef = parsed.ref.normalized;
  const base = run.input.baseLookup(parsed.ref.normalized);
  if (!base) {
    const n = parsed.ref.normalized;
    return fail(run, 'metadata', `${text}: failed to resolve source metadata for ${n}: ${n}: not found`, ins.line);
  }
  const local = run.input.localLayers;
  const pulledBase = !local || base.layers.some((l) => !local.has(l.digest));
  run.steps.push({ n: 1, total, instruction: ins.original, pulledBase, base });
  return newStage(base, globalArgs);
}

/** Build an image from a Dockerfile and a context, as `docker build -t TAG .` does. */
export function buildImage(input: BuildInput): BuildResult {
  const name = input.dockerfileName ?? 'Dockerfile';
  const meta: BuildMeta = { dockerfileName: name, lines: (input.dockerfile ?? '').split(/\r?\n/), usesContext: false, tags: input.tag };
  const run: Run = { input, meta, steps: [] };
  if (input.dockerfile === undefined) return fail(run, 'definition', `failed to read dockerfile: open ${name}: no such file or directory`);
  let instructions: Instruction[];
  try {
    instructions = parseDockerfile(input.dockerfile);
  } catch (e) {
    if (e instanceof DockerfileError) return fail(run, 'definition', e.message, e.line);
    throw e;
  }
  if (!instructions.length) return fail(run, 'definition', 'file with no instructions');
  const lastFrom = instructions.map((i) => i.keyword).lastIndexOf('FROM');
  if (lastFrom < 0) return fail(run, 'definition', 'no build stage in current context', instructions[0]?.line);
  const finalStage = instructions.slice(lastFrom);
  meta.usesContext = finalStage.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !/--from=/.test(i.args));
  const total = finalStage.filter((i) => STEP_KEYWORDS.has(i.keyword)).length;
  const globalArgs = new Map<string, string>();
  for (const ins of instructions.slice(0, instructions.findIndex((i) => i.keyword === 'FROM'))) {
    if (ins.keyword === 'ARG') for (const kv of splitArgs(ins.args)) globalArgs.set(kv.split('=')[0] ?? '', kv.split('=')[1] ?? '');
  }
  const started = startStage(run, finalStage[0] as Instruction, globalArgs, total);
  if (!('layers' in started)) return started;
  return runStage(run, started, finalStage.slice(1), total);
}

function runStage(run: Run, stage: Stage, rest: Instruction[], total: number): BuildResult {
  const seed = `${run.meta.tags.join(',')}|${run.input.dockerfile ?? ''}`;
  for (const ins of rest) {
    if (!STEP_KEYWORDS.has(ins.keyword)) {
      applyConfig(stage, ins);
      continue;
    }
    const n = run.steps.length + 1;
    let recipe;
    try {
      recipe = layerFor(stage, ins, run.input.files, seed);
    } catch (e) {
      if (!(e instanceof MissingSourceError)) throw e;
      run.steps.push({ n, total, instruction: ins.original });
      return fail(run, 'step', `failed to compute cache key: ${e.message}`, ins.line);
    }
    stage.layers = stackLayers(stage.layers, [recipe]);
    const layer = stage.layers[stage.layers.length - 1] as Layer;
    const step: BuildStep = { n, total, instruction: ins.original, layer };
    if (run.input.localLayers?.has(layer.digest)) step.cached = true;
    run.steps.push(step);
  }
  const image = assembleImage({
    ref: run.meta.tags[0] ?? '',
    layers: stage.layers,
    config: stage.config,
    behaviour: behaviourOf(stage),
    shell: stage.shell,
    commands: stage.commands,
    files: stage.files,
    versions: stage.versions,
  });
  return { ok: true, image, steps: run.steps, meta: run.meta };
}
