import { describe, expect, it } from 'vitest';
import * as engine from '../../src/ui/lib/engine';
import { manifestProblems, mergeProblems } from '../../src/ui/lib/diagnostics';

const GOOD = `apiVersion: v1
kind: Pod
metadata:
  name: kubia-manual
spec:
  containers:
  - image: luksa/kubia
    name: kubia
`;

describe('editor diagnostics', () => {
  it('finds nothing wrong in a good manifest', () => {
    expect(manifestProblems(engine, GOOD, 'pod.yaml')).toEqual([]);
  });

  it('underlines an unknown field where it is', () => {
    const text = GOOD.replace('  - image: luksa/kubia', '  - imagee: luksa/kubia');
    const problems = manifestProblems(engine, text, 'pod.yaml');
    expect(problems).toContainEqual({ line: 7, column: 5, message: 'unknown field "spec.containers[0].imagee"' });
  });

  it("reports the API server's field errors at the field, or at its parent when the field is missing", () => {
    const text = GOOD.replace('name: kubia-manual', 'name: Kubia_Manual').replace('  - image: luksa/kubia\n', '  - ports: []\n');
    const problems = manifestProblems(engine, text, 'pod.yaml');
    expect(problems.find((p) => p.message.startsWith('metadata.name: Invalid value: "Kubia_Manual"'))?.line).toBe(4);
    expect(problems.find((p) => p.message.startsWith('spec.containers[0].image: Required value'))?.line).toBe(7);
  });

  it('points at a YAML syntax error', () => {
    const problems = manifestProblems(engine, GOOD.replace('  name: kubia-manual', '  name: kubia-manual\n bad'), 'pod.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^error: error (converting|parsing) YAML|yaml:/);
  });

  it('leaves files that are not manifests alone', () => {
    expect(manifestProblems(engine, 'FROM node:7\n', 'Dockerfile')).toEqual([]);
  });

  it('adds what kubectl reported for the same file, once', () => {
    const own = [{ line: 7, column: 5, message: 'unknown field "spec.containers[0].imagee"' }];
    const reported = [
      { source: 'pod.yaml', line: 7, column: 5, message: 'unknown field "spec.containers[0].imagee"' },
      { source: 'pod.yaml', line: 2, column: 1, message: 'something else' },
      { source: 'other.yaml', line: 1, column: 1, message: 'elsewhere' },
    ];
    expect(mergeProblems(own, reported, 'pod.yaml').map((p) => p.line)).toEqual([7, 2]);
  });
});
