import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/engine/api/objects';
import { applyDefaults, fieldErrorText, validateEphemeralUpdate, validateObject, validateUpdate } from '../../../src/engine/manifest';

const pod = (ephemeral?: object[], annotations?: Record<string, string>): KubeObject =>
  applyDefaults({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', namespace: 'default', ...(annotations ? { annotations } : {}) },
    spec: { containers: [{ name: 'web', image: 'nginx:1.27' }], ...(ephemeral ? { ephemeralContainers: ephemeral } : {}) },
  });

const debuggerC = { name: 'debugger-abcde', image: 'busybox:1.36', stdin: true, tty: true, targetContainerName: 'web' };
const errorsOf = (before: KubeObject, after: KubeObject) => validateEphemeralUpdate(before, after).map(fieldErrorText);

describe('ephemeral containers', () => {
  it('may be added to a running Pod through the subresource, defaulted like containers', () => {
    const added = pod([debuggerC]);
    expect(errorsOf(pod(), added)).toEqual([]);
    const ec = (added.spec as { ephemeralContainers: Record<string, unknown>[] }).ephemeralContainers[0]!;
    expect(ec).toMatchObject({ imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File' });
  });

  it('are refused the fields a Pod relies on, a taken name and a missing target', () => {
    const bad = pod([{ name: 'web', image: 'busybox', ports: [{ containerPort: 80 }], readinessProbe: { tcpSocket: { port: 80 } }, targetContainerName: 'nope' }]);
    expect(errorsOf(pod(), bad)).toEqual([
      'spec.ephemeralContainers[0].name: Duplicate value: "web"',
      'spec.ephemeralContainers[0].ports: Forbidden: cannot be set for an Ephemeral Container',
      'spec.ephemeralContainers[0].readinessProbe: Forbidden: cannot be set for an Ephemeral Container',
      'spec.ephemeralContainers[0].targetContainerName: Not found: "nope"',
    ]);
  });

  it('may be neither removed nor changed once added', () => {
    const before = pod([debuggerC]);
    expect(errorsOf(before, pod([]))).toEqual(['spec.ephemeralContainers: Forbidden: existing ephemeral containers "debugger-abcde" may not be removed\n']);
    expect(errorsOf(before, pod([{ ...debuggerC, image: 'alpine' }]))).toEqual(['spec.ephemeralContainers: Forbidden: existing ephemeral containers "debugger-abcde" may not be changed\n']);
  });

  it('cannot be added to a static Pod', () => {
    const mirror = { 'kubernetes.io/config.mirror': 'abc' };
    expect(errorsOf(pod(undefined, mirror), pod([debuggerC], mirror))).toEqual([': Forbidden: static pods do not support ephemeral containers']);
  });

  it('cannot be set on create, but a Pod that has them updates as any other', () => {
    expect(validateObject(pod([debuggerC])).map(fieldErrorText)).toEqual(['spec.ephemeralContainers: Forbidden: cannot be set on create']);
    const labelled = pod([debuggerC]);
    labelled.metadata!.labels = { debugged: 'true' };
    expect(validateUpdate(pod([debuggerC]), labelled)).toEqual([]);
  });
});
