// The ConfigMaps and Secrets a Pod uses (its configMap and secret volumes, its containers'
// configMapKeyRef, secretKeyRef and envFrom): the pod worker reads them from the API
// server before the Pod's volumes are set up (the kubelet's configmap and secret managers),
// and again while something the Pod needs is missing. A missing volume source keeps the Pod
// in ContainerCreating with FailedMount events; a missing variable source fails the
// container with CreateContainerConfigError.
import { apiRequest } from '../api/client';
import type { KubeObject, Pod } from '../api/objects';
import type { ApiResponse } from '../api/protocol';
import type { PodWorkerContext } from './podTypes';
import { decodeBase64 } from '../api/base64';

export type SourceKind = 'configmaps' | 'secrets';

interface Source {
  kind: SourceKind;
  name: string;
}

type Volume = NonNullable<NonNullable<Pod['spec']>['volumes']>[number];

const key = (kind: SourceKind, name: string) => `${kind}/${name}`;

/** Every ConfigMap and Secret the Pod's volumes and containers name. */
export function sourcesOf(pod: Pod): Source[] {
  const out = new Map<string, Source>();
  const add = (kind: SourceKind, name: string | undefined) => {
    if (name) out.set(key(kind, name), { kind, name });
  };
  for (const v of pod.spec?.volumes ?? []) {
    add('configmaps', v.configMap?.name);
    add('secrets', v.secret?.secretName);
  }
  for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) {
    for (const f of c.envFrom ?? []) {
      add('configmaps', f.configMapRef?.name);
      add('secrets', f.secretRef?.name);
    }
    for (const e of c.env ?? []) {
      add('configmaps', e.valueFrom?.configMapKeyRef?.name);
      add('secrets', e.valueFrom?.secretKeyRef?.name);
    }
  }
  return [...out.values()];
}

/** GET each source the Pod needs, afresh: one may have appeared or changed since. */
export function fetchSources(ctx: PodWorkerContext): number {
  ctx.sources ??= new Map();
  const requests = (ctx.sourceRequests ??= new Map());
  const ns = ctx.pod.metadata?.namespace ?? 'default';
  let sent = 0;
  for (const s of sourcesOf(ctx.pod)) {
    const id = apiRequest(ctx, { verb: 'get', resource: s.kind, groupVersion: 'v1', namespace: ns, name: s.name }, { kind: s.kind === 'secrets' ? 'Secret' : 'ConfigMap', namespace: ns, name: s.name });
    requests.set(id, key(s.kind, s.name));
    sent += 1;
  }
  return sent;
}

export function isSourceAnswer(ctx: PodWorkerContext, e: { type: string; id?: string }): boolean {
  return e.type === 'api.response' && ctx.sourceRequests?.has(e.id ?? '') === true;
}

/** Record an answer; true when it was the last one awaited. */
export function onSourceAnswer(ctx: PodWorkerContext, res: ApiResponse): boolean {
  const k = ctx.sourceRequests!.get(res.id)!;
  ctx.sourceRequests!.delete(res.id);
  ctx.sources!.set(k, res.code < 300 ? (res.body as KubeObject) : null);
  return ctx.sourceRequests!.size === 0;
}

/** What the kubelet read of a source: the object, null when not found, undefined when not asked. */
export function sourceOf(ctx: PodWorkerContext, kind: SourceKind, name: string): KubeObject | null | undefined {
  return ctx.sources?.get(key(kind, name));
}

/** The first volume whose ConfigMap or Secret is missing (and not optional), in the words of FailedMount. */
export function volumeProblem(ctx: PodWorkerContext): string | undefined {
  for (const v of ctx.pod.spec?.volumes ?? []) {
    const ref = sourceRef(v);
    if (!ref || ref.optional || sourceOf(ctx, ref.kind, ref.name)) continue;
    const what = ref.kind === 'secrets' ? 'secret' : 'configmap';
    return `MountVolume.SetUp failed for volume "${v.name}" : ${what} "${ref.name}" not found`;
  }
  return undefined;
}

function sourceRef(v: Volume): (Source & { optional: boolean; items?: { key: string; path: string }[] }) | undefined {
  if (v.configMap?.name) return { kind: 'configmaps', name: v.configMap.name, optional: v.configMap.optional === true, ...(v.configMap.items ? { items: v.configMap.items } : {}) };
  if (v.secret?.secretName) return { kind: 'secrets', name: v.secret.secretName, optional: v.secret.optional === true, ...(v.secret.items ? { items: v.secret.items } : {}) };
  return undefined;
}

/** A source's data as text: a ConfigMap's data, a Secret's data decoded from base64. */
export function dataOf(obj: KubeObject | null | undefined): Record<string, string> {
  if (!obj) return {};
  const data = ((obj as { data?: Record<string, string> }).data ?? {}) as Record<string, string>;
  if (obj.kind !== 'Secret') return { ...data };
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) out[k] = decodeBase64(v);
  return out;
}

/** The files of each configMap and secret volume: every key, or the listed items at their paths. */
export function volumeFiles(ctx: PodWorkerContext): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const v of ctx.pod.spec?.volumes ?? []) {
    const ref = sourceRef(v);
    if (!ref) continue;
    const data = dataOf(sourceOf(ctx, ref.kind, ref.name));
    const files: Record<string, string> = {};
    if (ref.items) for (const item of ref.items) files[`/${item.path}`] = data[item.key] ?? '';
    else for (const [k, text] of Object.entries(data)) files[`/${k}`] = text;
    out[v.name] = files;
  }
  return out;
}
