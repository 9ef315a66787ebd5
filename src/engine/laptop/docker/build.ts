/**
 * `docker build -t kubia .` — step 1 of the nine. Docker 28 hands the build to BuildKit
 * (docker driver, classic image store). Its image source resolves the FROM image
 * preferring a local tag; otherwise (or with `--pull`) it asks the registry for the
 * manifest — the `load metadata for docker.io/library/node:7` vertex — and downloads the
 * base layers its cache lacks. Base images pulled this way stay in the build cache and
 * get no tag, so every build of `FROM node:7` asks the registry again. Progress is
 * BuildKit's plain output on stderr, printed one vertex at a time as virtual time passes.
 */
import { buildImage, buildOutput, parseImageRef, type BuildResult, type ImageManifest } from '../../images';
import { registry, type DockerEffect, type DockerEnv, type DockerProgram } from '../program';
import { contextBytes } from './buildContext';
import { quietFailure, splitVertices, type Vertex } from './buildProgress';
import { err, note, out, sleep } from './effects';
import { localLayers } from './store';

export interface BuildPlan {
  dockerfile: string | undefined;
  dockerfileName: string;
  /** The build context: path relative to it → content. */
  context: Record<string, string>;
  tags: string[];
  noCache: boolean;
  pull: boolean;
  quiet: boolean;
}

/** The FROM image by normalised reference, once resolved (undefined: not found). */
interface Base {
  ref: string;
  image: ImageManifest | undefined;
}

type Say = (text: string) => Generator<DockerEffect, void, unknown>;

function run(env: DockerEnv, plan: BuildPlan, base: Base | undefined, onLookup?: (ref: string) => void): BuildResult {
  const local = localLayers(env.images);
  // --no-cache reruns every step; the base layers themselves are not downloaded again.
  const cache = plan.noCache ? new Set((base?.image?.layers ?? []).map((l) => l.digest).filter((d) => local.has(d))) : local;
  return buildImage({
    ...(plan.dockerfile !== undefined ? { dockerfile: plan.dockerfile } : {}),
    dockerfileName: plan.dockerfileName,
    files: plan.context,
    tag: plan.tags,
    baseLookup: (ref) => {
      onLookup?.(ref);
      return base?.ref === ref ? base.image : undefined;
    },
    localLayers: cache,
  });
}

/** The reference FROM names (normalised), or undefined for `scratch` and Dockerfiles that fail earlier. */
function wantedBase(env: DockerEnv, plan: BuildPlan): string | undefined {
  let wanted: string | undefined;
  run(env, plan, undefined, (ref) => (wanted = ref));
  return wanted;
}

/** The FROM step: base layers the build cache lacks come from the registry (step 1). */
function* fromStep(env: DockerEnv, result: Extract<BuildResult, { ok: true }>, base: Base | undefined): Generator<DockerEffect, void, unknown> {
  const step = result.steps[0];
  if (!step) return;
  yield* note('image.build', { step: 1, detail: { instruction: step.instruction, base: base?.ref ?? 'scratch', digest: step.base?.digest ?? '', pulled: step.pulledBase === true } });
  const parsed = parseImageRef(base?.ref ?? '');
  if (!step.pulledBase || !step.base || !parsed.ok) return;
  const have = localLayers(env.images);
  const repository = `${parsed.ref.registry}/${parsed.ref.repository}`;
  for (const l of step.base.layers) {
    if (!have.has(l.digest)) yield* registry({ type: 'registry.blob.get', repository, digest: l.digest, size: l.size, step: 1 });
  }
}

/** Name the image with every `-t`, as the exporter does. */
function* exportImage(result: Extract<BuildResult, { ok: true }>): Generator<DockerEffect, void, unknown> {
  yield* note('image.export', { step: 1, detail: { id: result.image.id, names: result.meta.tags.join(' ') } });
  for (const t of result.meta.tags) {
    const ref = parseImageRef(t);
    if (ref.ok) yield { op: 'tag', ref: ref.ref.normalized, image: { ...result.image, ref: ref.ref.normalized } };
  }
}

/** The work a vertex stands for, then the time its DONE line reports (less what the work took). */
function* perform(env: DockerEnv, v: Vertex, result: BuildResult, base: Base | undefined, alreadySpent: number): Generator<DockerEffect, void, unknown> {
  const start = env.now();
  const s = v.step !== undefined ? result.steps[v.step - 1] : undefined;
  if (s && v.failed) yield* note('image.build.error', { step: 1, detail: { instruction: s.instruction } });
  else if (result.ok && v.step === 1) yield* fromStep(env, result, base);
  else if (s) yield* note('image.build', { step: 1, detail: { instruction: s.instruction, layer: s.layer?.digest ?? '', cached: s.cached === true } });
  if (result.ok && v.title === 'exporting to image') yield* exportImage(result);
  yield* sleep(v.seconds * 1000 - (env.now() - start) - alreadySpent);
}

function* stream(env: DockerEnv, vertices: Vertex[], result: BuildResult, base: Base | undefined, say: Say, spentOnFirst = 0): Generator<DockerEffect, void, unknown> {
  let spent = spentOnFirst;
  for (const v of vertices) {
    yield* perform(env, v, result, base, spent);
    spent = 0;
    yield* say(v.text);
  }
}

function progress(plan: BuildPlan, result: BuildResult): Vertex[] {
  return splitVertices(buildOutput(result, { contextBytes: contextBytes(plan.dockerfile, plan.context) }));
}

/** Build, resolving the base locally or from the registry, and print as BuildKit does. */
export function* runBuild(env: DockerEnv, plan: BuildPlan): DockerProgram {
  const say: Say = (t) => (plan.quiet ? (function* () {})() : err(t));
  const ref = wantedBase(env, plan);
  const local = ref !== undefined && !plan.pull ? env.images.get(ref)?.image : undefined;
  let result: BuildResult;
  if (ref === undefined || local) {
    const base = ref !== undefined ? { ref, image: local } : undefined;
    if (base) yield* note('image.resolve', { step: 1, detail: { ref: base.ref, source: 'local', digest: local?.digest ?? '' } });
    result = run(env, plan, base);
    yield* stream(env, progress(plan, result), result, base, say);
  } else {
    // The header and the build definition print before the registry answers.
    const unresolved = run(env, plan, { ref, image: undefined });
    const early = progress(plan, unresolved).slice(0, 2);
    yield* stream(env, early, unresolved, undefined, say);
    const t0 = env.now();
    const res = yield* registry({ type: 'registry.manifest.get', ref, step: 1 });
    const base = { ref, image: res.ok ? res.manifest : undefined };
    result = run(env, plan, base);
    yield* stream(env, progress(plan, result).slice(early.length), result, base, say, env.now() - t0);
  }
  if (!result.ok) {
    if (plan.quiet) yield* err(quietFailure(buildOutput(result, { contextBytes: 0 }), plan.dockerfileName));
    return 1;
  }
  if (plan.quiet) yield* out(`${result.image.id}\n`);
  return 0;
}
