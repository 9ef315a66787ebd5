import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/engine/sandbox';
import { cluster } from './helpers';

/** A cluster with a kubia Pod ready. */
function withKubia(): Sandbox {
  const sb = cluster();
  sb.run('kubectl run kubia --image=luksa/kubia --port=8080');
  sb.run('kubectl wait --for=condition=Ready pod/kubia --timeout=60s');
  return sb;
}

/** A kubia Pod and `kubectl port-forward kubia 8888:8080` running in the background. */
function forwarding(): Sandbox {
  const sb = withKubia();
  expect(sb.run('kubectl port-forward kubia 8888:8080 &').output).toMatch(/^\[1\] \d+\n$/);
  expect(sb.run('sleep 1').output).toBe('Forwarding from 127.0.0.1:8888 -> 8080\nForwarding from [::1]:8888 -> 8080\n');
  return sb;
}

/** `from → to kind` of each message since `start`, without the packets' hops. */
function messages(sb: Sandbox, start: number): string[] {
  return sb.trace.slice(start).filter((e) => e.kind !== 'packet.hop').map((e) => `${e.from} → ${e.to} ${e.kind}`);
}

describe('kubectl port-forward: the path a forwarded connection takes', () => {
  it('carries curl on the laptop through kubectl, the API server, the kubelet and containerd into the Pod, and back', () => {
    const sb = forwarding();
    const start = sb.trace.length;
    expect(sb.run('curl -s localhost:8888').output).toBe("Handling connection for 8888\nYou've hit kubia\n");
    expect(messages(sb, start)).toEqual([
      'laptop → kubectl net.deliver',
      'kubectl → apiServer pod.portforward.data',
      'apiServer → kubelet/node-1 portForward.data',
      'kubelet/node-1 → containerRuntime/node-1 PortForward.data',
      'containerRuntime/node-1 → nodeNet/node-1 connect',
      'nodeNet/node-1 → containerRuntime/node-1 net.deliver',
      'containerRuntime/node-1 → nodeNet/node-1 net.served',
      'nodeNet/node-1 → containerRuntime/node-1 net.result',
      'containerRuntime/node-1 → kubelet/node-1 PortForward.data.response',
      'kubelet/node-1 → apiServer portForward.data.response',
      'apiServer → kubectl pod.portforward.data.response',
      'kubectl → laptop net.served',
      'laptop → laptop net.result',
    ]);
    // The dial is made inside the Pod's network namespace, to its loopback.
    const dial = sb.trace.slice(start).find((e) => e.kind === 'connect');
    expect(dial?.detail).toMatchObject({ dst: '127.0.0.1:8080', netns: expect.stringMatching(/^\/var\/run\/netns\/cni-/) });
  });

  it('opens the stream once, with an upgrade POST, before it listens', () => {
    const sb = forwarding();
    const kinds = sb.trace.map((e) => e.kind);
    const open = kinds.indexOf('pod.portforward.create');
    expect(open).toBeGreaterThan(-1);
    expect(kinds.indexOf('portForward')).toBeGreaterThan(open);
    expect(kinds.indexOf('PortForward')).toBeGreaterThan(kinds.indexOf('portForward'));
    expect(kinds.indexOf('socket.listen')).toBeGreaterThan(kinds.indexOf('pod.portforward.create.response'));
    expect(sb.trace.find((e) => e.kind === 'pod.portforward.create')?.detail?.request).toBe('POST /api/v1/namespaces/default/pods/kubia/portforward?ports=8080');
  });

  it('sends the answer to a connection curl gave up on: the laptop resets it, and the listening socket drops the reset', () => {
    const sb = forwarding();
    // The answer takes longer than curl waits: it reaches a socket that is gone, whose kernel resets it.
    expect(sb.run('curl -s --max-time 0.005 localhost:8888; echo $?').output).toBe('Handling connection for 8888\n28\n');
    const start = sb.trace.length;
    expect(sb.run('sleep 1').output).toBe('');
    const resets = sb.trace.slice(start).filter((e) => e.kind === 'packet.hop' && e.detail?.segment === 'RST');
    expect(resets.map((e) => e.detail?.action)).toEqual(['local', 'drop']);
    expect(messages(sb, start)).toEqual(['apiServer → kubectl pod.portforward.data.response', 'kubectl → laptop net.served']);
  });

  it('closes the local socket and the stream when the job is killed', () => {
    const sb = forwarding();
    const start = sb.trace.length;
    expect(sb.run('kill %1').output).toBe('[1]+  Terminated              kubectl port-forward kubia 8888:8080\n');
    sb.run('sleep 1');
    expect(messages(sb, start)).toEqual(['kubectl → laptop socket.close', 'kubectl → apiServer pod.portforward.close', 'apiServer → kubelet/node-1 portForward.close']);
    expect(sb.run('curl -s localhost:8888').exitCode).toBe(7);
  });

  it('stops when brought to the foreground with fg and interrupted with Ctrl-C', () => {
    const sb = forwarding();
    const job = sb.start('fg');
    sb.advance(1000);
    expect(job.output).toBe('kubectl port-forward kubia 8888:8080\n');
    expect(job.done).toBe(false);
    sb.interrupt();
    expect(job).toMatchObject({ done: true, exitCode: 130 });
    expect(sb.run('jobs').output).toBe('');
    expect(sb.run('curl -s localhost:8888').exitCode).toBe(7);
  });

  it('comes back with time travel: a seek replays the background job, and the forward works again', () => {
    const sb = forwarding();
    const t = sb.now();
    const first = sb.run('curl -s localhost:8888');
    sb.run('kill %1');
    sb.seek(t);
    expect(sb.run('jobs').output).toBe('[1]+  Running                 kubectl port-forward kubia 8888:8080 &\n');
    expect(sb.run('curl -s localhost:8888')).toEqual(first);
  });

  it('runs in the foreground until Ctrl-C, which closes its socket and stream', () => {
    const sb = withKubia();
    const job = sb.start('kubectl port-forward pod/kubia 8888:8080');
    sb.advance(5000);
    expect(job).toMatchObject({ done: false, output: 'Forwarding from 127.0.0.1:8888 -> 8080\nForwarding from [::1]:8888 -> 8080\n' });
    sb.interrupt();
    sb.advance(1000);
    expect(sb.trace.filter((e) => e.kind === 'portForward.close')).toHaveLength(1);
    expect(sb.run('curl -s localhost:8888').exitCode).toBe(7);
  });
});
