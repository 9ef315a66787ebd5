// The cluster-side facts Tab completion needs, read from the engine and a snapshot.
import type { ClusterSnapshot } from '../../engine';
import type { CompletionContext } from './completion';
import type { EngineModule } from './engineModule';

export function completionContext(engine: EngineModule, snapshot: ClusterSnapshot, files: readonly string[]): CompletionContext {
  const plurals = new Map<string, string>();
  const resources: string[] = [];
  for (const r of engine.RESOURCES) {
    for (const n of [r.resource, r.singular, ...r.shortNames]) plurals.set(n, r.resource);
    resources.push(r.resource);
  }
  return {
    files,
    resources,
    plural: (name) => plurals.get(name.toLowerCase()),
    names: (resource) => (snapshot.objects[resource] ?? []).map((o) => o.metadata?.name ?? '').filter(Boolean),
  };
}
