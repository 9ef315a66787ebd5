import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../../src/engine';

/** The cluster's state without the clock: what a rejected command must not change. */
function state(sb: Sandbox): string {
  const { time: _t, now: _n, inFlight: _f, ...rest } = sb.snapshot();
  return JSON.stringify(rest);
}

function settled(): Sandbox {
  const sb = createSandbox({ seed: 11 });
  sb.run('kubectl apply -f pod.yaml');
  sb.runUntilIdle();
  return sb;
}

const WORDS = [
  'kubectl', 'get', 'gett', 'describe', 'logs', 'explain', 'version', 'apply', 'create', 'delete', 'run', 'wait', 'cluster-info',
  'pods', 'pod', 'po', 'nodes', 'no', 'ns', 'events', 'svc', 'podz', 'deploy', 'kubia-manual', 'nope', 'node-1',
  '-n', 'default', 'kube-system', '-o', 'wide', 'yaml', 'json', 'name', 'jsonpath', '-l', 'app=web', 'a!=b', '-A', '--show-labels',
  '-f', 'pod.yaml', 'missing.yaml', '-', '--timeout=1s', '--for=condition=Ready', '--bogus', '-z', '--', '&&', '||', '|', ';',
  'echo', 'cat', 'ls', 'grep', 'docker', 'images', 'clear', 'foo', "'", '"', '\\', '$?', '#', '<<EOF', '>', '2>&1', 'sleep', '1',
];

const commandLine = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 40 }),
);

describe('the engine under random input', () => {
  it('never throws on a random command line, and always answers with an exit code', () => {
    const sb = settled();
    fc.assert(
      fc.property(commandLine, (line) => {
        const r = sb.run(line);
        expect(typeof r.output).toBe('string');
        expect(Number.isInteger(r.exitCode)).toBe(true);
      }),
      { numRuns: 1500, seed: 42 },
    );
  });

  it('leaves the cluster unchanged when a read-only or unknown command fails', () => {
    const sb = settled();
    const readOnly = fc
      .tuple(fc.constantFrom('get', 'describe', 'logs', 'explain', 'gett', 'wait --timeout=1s --for=delete', 'version --bogus'), fc.array(fc.constantFrom(...WORDS.slice(13, 45)), { maxLength: 4 }))
      .map(([verb, rest]) => `kubectl ${verb} ${rest.join(' ')}`);
    fc.assert(
      fc.property(readOnly, (line) => {
        const before = state(sb);
        const r = sb.run(line);
        if (r.exitCode !== 0) expect(state(sb)).toBe(before);
      }),
      { numRuns: 600, seed: 7 },
    );
  });
});

const POD = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'prop', labels: { app: 'prop' } },
  spec: { containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] },
};

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** Mutations a learner's typo could make: remove, rename, retype, or add a field; break the text. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), path: fc.constantFrom('apiVersion', 'kind', 'metadata.name', 'spec.containers', 'spec.containers.0.name', 'spec.containers.0.image') }),
  fc.record({ op: fc.constant('set' as const), path: fc.constantFrom('metadata.name', 'spec.containers.0.name', 'spec.containers.0.ports.0.containerPort', 'spec.restartPolicy', 'spec.containers.0.imagee', 'spec.bogus', 'kind', 'apiVersion'), value: fc.oneof(fc.constantFrom<Json>('My_Pod', -1, 70000, 'Sometimes', 'Pod', 'v2', '', null, [], {}), fc.string({ maxLength: 6 })) }),
  fc.record({ op: fc.constant('text' as const), at: fc.nat(), insert: fc.constantFrom('\t', ':', '- ', '"', '{', '  ', '\n  x: [') }),
);

function mutate(m: typeof mutation extends fc.Arbitrary<infer T> ? T : never): string {
  const obj = JSON.parse(JSON.stringify(POD)) as Record<string, Json>;
  if (m.op === 'text') {
    const text = JSON.stringify(POD, null, 2);
    const i = m.at % text.length;
    return text.slice(0, i) + m.insert + text.slice(i);
  }
  const keys = m.path.split('.');
  let cur = obj as Record<string, Json>;
  for (const k of keys.slice(0, -1)) cur = (cur[k] as Record<string, Json>) ?? {};
  if (m.op === 'drop') delete cur[keys[keys.length - 1]!];
  else cur[keys[keys.length - 1]!] = m.value;
  return JSON.stringify(obj, null, 2);
}

describe('mutated manifests', () => {
  it('are either applied, or rejected with a non-zero exit and the cluster left as it was', () => {
    const sb = settled();
    let rejected = 0;
    fc.assert(
      fc.property(mutation, (m) => {
        const text = mutate(m);
        const before = state(sb);
        const r = sb.run(`kubectl apply -f - <<'EOF'\n${text}\nEOF`);
        if (r.exitCode === 0) {
          sb.run('kubectl delete pod --all --wait=false --grace-period=0 --force');
          sb.runUntilIdle();
          return;
        }
        rejected += 1;
        expect(r.output).toMatch(/error|Error|invalid|Warning/);
        expect(state(sb)).toBe(before);
      }),
      { numRuns: 400, seed: 5 },
    );
    expect(rejected).toBeGreaterThan(100);
  });
});
