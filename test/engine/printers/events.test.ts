import { describe, expect, it } from 'vitest';
import type { KubeEvent } from '../../../src/engine/api/objects';
import { describeEventsBlock, printEvents } from '../../../src/engine/kubectl/printers';
import { makePod } from './podBuilders';
import { podEvent } from './fixtures';

const pod = makePod({ name: 'liveness-exec' });
const NOW = Date.parse('2026-01-01T00:00:57Z');
const at = (s: number): string => new Date(Date.parse('2026-01-01T00:00:00Z') + s * 1000).toISOString().replace('.000Z', 'Z');
const c = 'spec.containers{liveness}';

function livenessEvents(): KubeEvent[] {
  return [
    podEvent(pod, { reason: 'Scheduled', message: 'Successfully assigned default/liveness-exec to node-1', component: 'default-scheduler', first: at(0) }),
    podEvent(pod, { reason: 'Pulling', message: 'Pulling image "registry.k8s.io/busybox"', component: 'kubelet', first: at(2), fieldPath: c }),
    podEvent(pod, {
      reason: 'Pulled',
      message: 'Successfully pulled image "registry.k8s.io/busybox" in 1.462s (1.462s including waiting). Image size: 2208384 bytes.',
      component: 'kubelet',
      first: at(4),
      fieldPath: c,
    }),
    podEvent(pod, { reason: 'Created', message: 'Container created', component: 'kubelet', first: at(4), fieldPath: c }),
    podEvent(pod, { reason: 'Started', message: 'Container started', component: 'kubelet', first: at(4), fieldPath: c }),
    podEvent(pod, {
      reason: 'Unhealthy',
      type: 'Warning',
      message: "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory",
      component: 'kubelet',
      first: at(27),
      last: at(47),
      count: 3,
      fieldPath: c,
    }),
    podEvent(pod, {
      reason: 'Killing',
      message: 'Container liveness failed liveness probe, will be restarted',
      component: 'kubelet',
      first: at(47),
      fieldPath: c,
    }),
  ];
}

describe('describe Events: section', () => {
  it('aggregates repeats as "10s (x3 over 30s)" and prefixes container events with the field path (kubectl 1.35)', () => {
    expect(describeEventsBlock(livenessEvents(), NOW)).toBe(
      'Events:\n' +
        '  Type     Reason     Age                From               Message\n' +
        '  ----     ------     ----               ----               -------\n' +
        '  Normal   Scheduled  57s                default-scheduler  Successfully assigned default/liveness-exec to node-1\n' +
        '  Normal   Pulling    55s                kubelet            spec.containers{liveness}: Pulling image "registry.k8s.io/busybox"\n' +
        '  Normal   Pulled     53s                kubelet            spec.containers{liveness}: Successfully pulled image "registry.k8s.io/busybox" in 1.462s (1.462s including waiting). Image size: 2208384 bytes.\n' +
        '  Normal   Created    53s                kubelet            spec.containers{liveness}: Container created\n' +
        '  Normal   Started    53s                kubelet            spec.containers{liveness}: Container started\n' +
        "  Warning  Unhealthy  10s (x3 over 30s)  kubelet            spec.containers{liveness}: Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n" +
        '  Normal   Killing    10s                kubelet            spec.containers{liveness}: Container liveness failed liveness probe, will be restarted\n',
    );
  });

  it('lists events oldest first by last seen, whatever order they come in', () => {
    const [scheduled, pulling] = livenessEvents();
    const out = describeEventsBlock([pulling as KubeEvent, scheduled as KubeEvent], NOW);
    expect(out.indexOf('Scheduled')).toBeLessThan(out.indexOf('Pulling'));
  });

  it('uses the event series of events.k8s.io/v1-style events', () => {
    const e: KubeEvent = {
      ...podEvent(pod, { reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container liveness in pod liveness-exec_default(uid)', component: 'kubelet', first: at(7) }),
      eventTime: at(7).replace('Z', '.000000Z'),
      firstTimestamp: undefined,
      lastTimestamp: undefined,
      count: undefined,
      // 4.49s ago: ages truncate, as Go's int() does.
      series: { count: 5, lastObservedTime: at(52).replace('Z', '.512340Z') },
    };
    expect(describeEventsBlock([e], NOW)).toContain('  Warning  BackOff  4s (x5 over 50s)  kubelet  ');
  });

  it('reads "Events: <none>" when there are none', () => {
    expect(describeEventsBlock([], NOW)).toBe('Events:  <none>\n');
  });
});

describe('kubectl get events', () => {
  it('prints LAST SEEN TYPE REASON OBJECT MESSAGE in the order it is given (the API server\'s list order, or --sort-by\'s)', () => {
    const [scheduled, pulling, , , , unhealthy] = livenessEvents();
    const other = podEvent(makePod({ name: 'a-web' }), { reason: 'Scheduled', message: 'Successfully assigned default/a-web to node-2', component: 'default-scheduler', first: at(50) });
    const out = printEvents([unhealthy, scheduled, pulling, other] as KubeEvent[], { now: NOW });
    expect(out).toBe(
      'LAST SEEN   TYPE      REASON      OBJECT              MESSAGE\n' +
        "10s         Warning   Unhealthy   pod/liveness-exec   Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n" +
        '57s         Normal    Scheduled   pod/liveness-exec   Successfully assigned default/liveness-exec to node-1\n' +
        '55s         Normal    Pulling     pod/liveness-exec   Pulling image "registry.k8s.io/busybox"\n' +
        '7s          Normal    Scheduled   pod/a-web           Successfully assigned default/a-web to node-2\n',
    );
  });

  it('-o wide adds SUBOBJECT, SOURCE, FIRST SEEN, COUNT and NAME', () => {
    const unhealthy = livenessEvents()[5] as KubeEvent;
    unhealthy.source = { component: 'kubelet', host: 'node-1' };
    const lines = printEvents([unhealthy], { now: NOW, wide: true }).split('\n');
    // MESSAGE is 80 characters wide here, so FIRST SEEN starts 83 columns after it.
    expect(lines[0]).toBe(
      'LAST SEEN   TYPE      REASON      OBJECT              SUBOBJECT                   SOURCE            MESSAGE' +
        ' '.repeat(76) +
        'FIRST SEEN   COUNT   NAME',
    );
    expect(lines[1]).toMatch(/^10s {9}Warning {3}Unhealthy {3}pod\/liveness-exec {3}spec\.containers\{liveness\} {3}kubelet, node-1 {3}Liveness probe failed: .* {3}30s {10}3 {7}liveness-exec\.[0-9a-f]{16}$/);
  });
});
