import { defineGoals } from '../lib/goals';
import { commandRan, exists, objects } from '../lib/predicates';
import type { LessonState } from '../lib/types';

interface ServiceSpec {
  type?: string;
  externalTrafficPolicy?: string;
  ports?: { nodePort?: number }[];
}

function spec(s: LessonState, name: string): ServiceSpec | undefined {
  const svc = objects(s, 'services', 'default').find((o) => o.metadata?.name === name) as
    | { spec?: ServiceSpec }
    | undefined;
  return svc?.spec;
}

/** Walks from the laptop that reached the kubia process: the first hop and the delivery. */
function laptopWalksToKubia(s: LessonState): { to: string; seenFrom: string }[] {
  const first = new Map<string, string>();
  const out: { to: string; seenFrom: string }[] = [];
  for (const e of s.trace) {
    if (e.kind !== 'packet.hop' || !e.detail) continue;
    const walk = String(e.detail.walk);
    if (!walk.startsWith('laptop/')) continue;
    if (e.detail.hop === 1) first.set(walk, `${String(e.detail.ipDst)}:${String(e.detail.dport)}`);
    if (e.detail.action === 'deliver' && e.detail.netns === 'pod:default/kubia')
      out.push({ to: first.get(walk) ?? '', seenFrom: String(e.detail.ipSrc) });
  }
  return out;
}

export default defineGoals({
  nodeport: (s) => {
    const sp = spec(s, 'kubia-nodeport');
    return sp?.type === 'NodePort' && sp.ports?.[0]?.nodePort === 30123;
  },
  'through-node-1': (s) => laptopWalksToKubia(s).some((w) => w.to === '192.168.56.11:30123'),
  'source-read': (s) =>
    laptopWalksToKubia(s).length > 0 && commandRan(s, /^kubectl\s+logs\s+(pods?\/)?kubia(\s|$)/),
  'out-of-range': (s) =>
    commandRan(s, /^kubectl\s+(apply|create)\s+-f\s+kubia-nodeport-low\.yaml/) && !exists(s, 'services', 'kubia-low'),
  local: (s) =>
    spec(s, 'kubia-nodeport')?.externalTrafficPolicy === 'Local' &&
    laptopWalksToKubia(s).some((w) => w.seenFrom === '192.168.56.1'),
});
