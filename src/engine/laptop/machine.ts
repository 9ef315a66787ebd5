import { enqueueActions, setup } from 'xstate';
import { parseImageRef } from '../images/reference';
import type { ImageManifest } from '../images/types';
import type { RegistryResponse } from '../registry/types';
import { actorBase, type ActorBase, type ActorInput } from '../runtime/actor';
import { raiseLater } from '../runtime/timers';
import { dockerProgram } from './docker';
import type { DockerProgram, LocalImage } from './program';

export interface LaptopInput extends ActorInput {
  files: Record<string, string>;
  images: ImageManifest[];
  uploadBytesPerMs: number;
}

export interface LaptopContext extends ActorBase {
  /** The working directory. Replaced (not mutated) on every write, so a reader's copy stays valid. */
  files: ReadonlyMap<string, string>;
  images: Map<string, LocalImage>;
  /** The daemon's distribution metadata: the repository each layer was pulled from. */
  layerSources: Map<string, string>;
  uploadBytesPerMs: number;
  nextRequest: number;
  job?: string;
  program?: DockerProgram;
  pending?: string;
  token: number;
  outbox: LaptopEmitted[];
  timers: { ms: number; token: number }[];
}

export type LaptopEmitted =
  | { type: 'docker.output'; job: string; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'docker.exit'; job: string; code: number };

type LaptopEvent =
  | { type: 'docker.exec'; job: string; argv: string[]; stdin?: string }
  | { type: 'file.write'; path: string; text: string; append: boolean }
  | { type: 'file.remove'; path: string }
  | { type: 'laptop.timer'; token: number }
  | { type: 'docker.interrupt' }
  | RegistryResponse;

/**
 * The learner's laptop: a working directory with the app and its manifests, and Docker
 * with a local image store — where `docker build` makes an image and `docker push` sends
 * it to the registry (steps 1 and 2).
 */
export const laptopMachine = setup({
  types: {} as { context: LaptopContext; events: LaptopEvent; input: LaptopInput; emitted: LaptopEmitted },
}).createMachine({
  id: 'laptop',
  context: ({ input }) => ({
    ...actorBase(input),
    files: new Map(Object.entries(input.files)),
    images: new Map(input.images.map((image) => [image.ref, { image, created: input.epoch }])),
    layerSources: new Map(input.images.flatMap((image) => image.layers.map((l) => [l.digest, repositoryOf(image.ref)] as const))),
    uploadBytesPerMs: input.uploadBytesPerMs,
    nextRequest: 1,
    token: 0,
    outbox: [],
    timers: [],
  }),
  on: {
    '*': {
      actions: enqueueActions(({ context, event, enqueue, self }) => {
        handle(context, event as LaptopEvent);
        for (const e of context.outbox) enqueue.emit(e);
        for (const t of context.timers) raiseLater(self, context.net, t.ms, { type: 'laptop.timer', token: t.token });
        context.outbox = [];
        context.timers = [];
      }),
    },
  },
});

/** `docker.io/library/node:7` → `docker.io/library/node`. */
function repositoryOf(ref: string): string {
  const parsed = parseImageRef(ref);
  return parsed.ok ? `${parsed.ref.registry}/${parsed.ref.repository}` : ref;
}

function handle(ctx: LaptopContext, e: LaptopEvent): void {
  switch (e.type) {
    case 'docker.exec':
      ctx.job = e.job;
      ctx.program = dockerProgram({
        argv: e.argv,
        ...(e.stdin !== undefined ? { stdin: e.stdin } : {}),
        files: ctx.files,
        images: ctx.images,
        layerSources: ctx.layerSources,
        now: () => ctx.epoch + ctx.net.now(),
        uploadBytesPerMs: ctx.uploadBytesPerMs,
      });
      return step(ctx, undefined);
    case 'file.write': {
      const files = new Map(ctx.files);
      files.set(e.path, e.append ? (files.get(e.path) ?? '') + e.text : e.text);
      ctx.files = files;
      return;
    }
    case 'file.remove': {
      const files = new Map(ctx.files);
      files.delete(e.path);
      ctx.files = files;
      return;
    }
    case 'registry.response':
      if (e.requestId !== ctx.pending) return;
      ctx.pending = undefined;
      return step(ctx, e);
    case 'laptop.timer':
      if (e.token === ctx.token) step(ctx, undefined);
      return;
    case 'docker.interrupt':
      ctx.program = undefined;
      ctx.pending = undefined;
      ctx.token += 1;
      return;
  }
}

function step(ctx: LaptopContext, input: unknown): void {
  const program = ctx.program;
  if (!program) return;
  let value = input;
  for (;;) {
    const r = program.next(value);
    if (r.done) {
      ctx.outbox.push({ type: 'docker.exit', job: ctx.job!, code: r.value });
      ctx.program = undefined;
      return;
    }
    value = undefined;
    const effect = r.value;
    switch (effect.op) {
      case 'out':
      case 'err':
        ctx.outbox.push({ type: 'docker.output', job: ctx.job!, stream: effect.op === 'out' ? 'stdout' : 'stderr', text: effect.text });
        continue;
      case 'note':
        ctx.net.note(ctx.self, effect.kind, { ...(effect.step !== undefined ? { step: effect.step } : {}), ...(effect.ref ? { ref: effect.ref } : {}), ...(effect.detail ? { detail: effect.detail } : {}) });
        continue;
      case 'tag':
        ctx.images.set(effect.ref, { image: effect.image, created: effect.created ?? ctx.epoch + ctx.net.now() });
        continue;
      case 'untag':
        ctx.images.delete(effect.ref);
        continue;
      case 'sleep':
        ctx.token += 1;
        ctx.timers.push({ ms: effect.ms, token: ctx.token });
        return;
      case 'registry': {
        const requestId = `${ctx.self}:${ctx.nextRequest++}`;
        ctx.pending = requestId;
        const call = effect.call;
        if (call.type === 'registry.blob.get') ctx.layerSources.set(call.digest, call.repository);
        ctx.net.post(ctx.self, {
          to: 'registry',
          event: { ...call, requestId, replyTo: ctx.self },
          kind: call.type.slice('registry.'.length),
          ...(call.step !== undefined ? { step: call.step } : {}),
          ...(effect.latency !== undefined ? { latency: effect.latency } : {}),
          detail: 'digest' in call ? { digest: call.digest, ...('size' in call ? { bytes: call.size } : {}), ...('from' in call ? { from: call.from } : {}) } : 'ref' in call ? { ref: call.ref } : {},
        });
        return;
      }
    }
  }
}
