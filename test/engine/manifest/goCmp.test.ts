import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/engine/api/objects';
import { applyDefaults, fieldErrorText, validateUpdate } from '../../../src/engine/manifest';
import { podSpecDiff } from '../../../src/engine/manifest/goCmp';
import { boolResult, difference } from '../../../src/engine/manifest/goCmp/editScript';
import { quantityFields } from '../../../src/engine/manifest/goCmp/quantityFields';

type Spec = Record<string, unknown> & { containers: Record<string, unknown>[] };

/** A Pod as `kubectl run web` leaves it once scheduled: the service-account volume and its mount. */
function storedPod(container: Record<string, unknown> = {}): KubeObject {
  const mount = { name: 'kube-api-access-4knh7', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true };
  const projected = {
    defaultMode: 420,
    sources: [
      { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
      { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
    ],
  };
  // As stored: the ServiceAccount admission plugin named the account and mounted its token.
  const spec = {
    nodeName: 'node-2',
    serviceAccountName: 'default',
    volumes: [{ name: 'kube-api-access-4knh7', projected }],
    containers: [{ name: 'web', image: 'nginx:1.27', volumeMounts: [mount], ...container }],
  };
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec };
}

const specOf = (pod: KubeObject): Spec => applyDefaults(pod).spec as Spec;

/** cmp.Diff of the stored spec and the same Pod changed by `change`, both defaulted. */
function diffAfter(change: (spec: Spec) => void, container?: Record<string, unknown>): string {
  const changed = structuredClone(storedPod(container));
  change(changed.spec as Spec);
  return podSpecDiff(specOf(storedPod(container)), specOf(changed));
}

const lines = (...ls: string[]): string => `${ls.join('\n')}\n`;
const first = (spec: Spec): Record<string, unknown> => spec.containers[0] ?? {};

/** The unchanged service-account volume, as context before the field that changed. */
const VOLUMES =
  '  \tVolumes:        {{Name: "kube-api-access-4knh7", VolumeSource: {Projected: &{Sources: {{ServiceAccountToken: &{ExpirationSeconds: 3607, Path: "token"}}, {ConfigMap: &{LocalObjectReference: {Name: "kube-root-ca.crt"}, Items: {{Key: "ca.crt", Path: "ca.crt"}}}}, {DownwardAPI: &{Items: {{Path: "namespace", FieldRef: &{APIVersion: "v1", FieldPath: "metadata.namespace"}}}}}}, DefaultMode: &420}}}},';
const AFTER_CONTAINERS = ['  \t},', '  \tEphemeralContainers: nil,', '  \tRestartPolicy:       "Always",', '  \t... // 31 identical fields', '  }'];
const CONTAINER = (...fields: string[]): string[] => [
  '  core.PodSpec{',
  VOLUMES,
  '  \tInitContainers: nil,',
  '  \tContainers: []core.Container{',
  '  \t\t{',
  ...fields.map((f) => `${f.slice(0, 2)}\t\t\t${f.slice(2)}`),
  '  \t\t},',
  ...AFTER_CONTAINERS,
];

describe('cmp.Diff of a Pod spec, as ValidatePodUpdate prints it', () => {
  it('equal specs print nothing', () => {
    expect(diffAfter(() => {})).toBe('');
  });

  it('a port added: the diff descends to the container field, two unchanged fields of context each side', () => {
    const diff = diffAfter((s) => void (first(s).ports = [{ containerPort: 8080 }]));
    expect(diff).toBe(
      lines(
        ...CONTAINER(
          '  ... // 3 identical fields',
          '  Args:       nil,',
          '  WorkingDir: "",',
          '- Ports:      nil,',
          '+ Ports:      []core.ContainerPort{{ContainerPort: 8080, Protocol: "TCP"}},',
          '  EnvFrom:    nil,',
          '  Env:        nil,',
          '  ... // 17 identical fields',
        ),
      ),
    );
  });

  it('a port changed: the struct inside the list shows its fields around the change', () => {
    const diff = diffAfter((s) => void (first(s).ports = [{ containerPort: 8080 }]), { ports: [{ containerPort: 80 }] });
    expect(diff).toContain(
      lines(
        '  \t\t\tPorts: []core.ContainerPort{',
        '  \t\t\t\t{',
        '  \t\t\t\t\tName:          "",',
        '  \t\t\t\t\tHostPort:      0,',
        '- \t\t\t\t\tContainerPort: 80,',
        '+ \t\t\t\t\tContainerPort: 8080,',
        '  \t\t\t\t\tProtocol:      "TCP",',
        '  \t\t\t\t\tHostIP:        "",',
        '  \t\t\t\t},',
        '  \t\t\t},',
      ),
    );
  });

  it('a limit changed: quantities print their internal fields, map keys are ResourceName stringers', () => {
    const resources = { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '500m', memory: '128Mi' } };
    const diff = diffAfter((s) => void (first(s).resources = { ...resources, limits: { cpu: '1', memory: '128Mi' } }), { resources });
    expect(diff).toBe(
      lines(
        ...CONTAINER(
          '  ... // 6 identical fields',
          '  EnvFrom: nil,',
          '  Env:     nil,',
          '  Resources: core.ResourceRequirements{',
          '  \tLimits: core.ResourceList{',
          '- \t\ts"cpu":    {i: resource.int64Amount{value: 500, scale: -3}, s: "500m", Format: "DecimalSI"},',
          '+ \t\ts"cpu":    {i: resource.int64Amount{value: 1}, s: "1", Format: "DecimalSI"},',
          '  \t\ts"memory": {i: {...}, Format: "BinarySI"},',
          '  \t},',
          '  \tRequests: {s"cpu": {i: {...}, s: "500m", Format: "DecimalSI"}, s"memory": {i: {...}, Format: "BinarySI"}},',
          '  \tClaims:   nil,',
          '  },',
          '  ResizePolicy:  nil,',
          '  RestartPolicy: nil,',
          '  ... // 14 identical fields',
        ),
      ),
    );
  });

  it('an env value changed, and an env var added', () => {
    const env = [{ name: 'A', value: '1' }];
    const context = ['  ... // 5 identical fields', '  Ports:   nil,', '  EnvFrom: nil,'];
    const after = ['  Resources:    {},', '  ResizePolicy: nil,', '  ... // 15 identical fields'];
    expect(diffAfter((s) => void (first(s).env = [{ name: 'A', value: '2' }]), { env })).toBe(
      lines(
        ...CONTAINER(
          ...context,
          '  Env: []core.EnvVar{',
          '  \t{',
          '  \t\tName:      "A",',
          '- \t\tValue:     "1",',
          '+ \t\tValue:     "2",',
          '  \t\tValueFrom: nil,',
          '  \t},',
          '  },',
          ...after,
        ),
      ),
    );
    expect(diffAfter((s) => void (first(s).env = [...env, { name: 'B', value: '2' }]), { env })).toBe(
      lines(...CONTAINER(...context, '  Env: []core.EnvVar{', '  \t{Name: "A", Value: "1"},', '+ \t{Name: "B", Value: "2"},', '  },', ...after)),
    );
  });

  it('a command argument changed: list elements diff one by one', () => {
    const diff = diffAfter((s) => void (first(s).command = ['sleep', '7200']), { command: ['sleep', '3600'] });
    expect(diff).toBe(
      lines(
        ...CONTAINER(
          '  Name:  "web",',
          '  Image: "nginx:1.27",',
          '  Command: []string{',
          '  \t"sleep",',
          '- \t"3600",',
          '+ \t"7200",',
          '  },',
          '  Args:       nil,',
          '  WorkingDir: "",',
          '  ... // 20 identical fields',
        ),
      ),
    );
  });

  it('a long argument changed: the string is diffed in 64-character chunks', () => {
    const loop = (n: number): string => `while true; do echo hello from the web container every second; sleep ${n}; done`;
    const diff = diffAfter((s) => void (first(s).command = ['sh', '-c', loop(5)]), { command: ['sh', '-c', loop(1)] });
    expect(diff).toContain(
      lines(
        '  \t\t\t\tstrings.Join({',
        '  \t\t\t\t\t"while true; do echo hello from the web container every second; s",',
        '  \t\t\t\t\t"leep ",',
        '- \t\t\t\t\t"1",',
        '+ \t\t\t\t\t"5",',
        '  \t\t\t\t\t"; done",',
        '  \t\t\t\t}, ""),',
      ),
    );
  });

  it('a probe changed: &core.Probe{…} with its embedded handler as context', () => {
    const diff = diffAfter((s) => void ((first(s).livenessProbe as Record<string, unknown>).periodSeconds = 5), {
      livenessProbe: { httpGet: { path: '/', port: 80 } },
    });
    expect(diff).toBe(
      lines(
        ...CONTAINER(
          '  ... // 12 identical fields',
          '  VolumeMounts:  {{Name: "kube-api-access-4knh7", ReadOnly: true, MountPath: "/var/run/secrets/kubernetes.io/serviceaccount"}},',
          '  VolumeDevices: nil,',
          '  LivenessProbe: &core.Probe{',
          '  \tProbeHandler:                  {HTTPGet: &{Path: "/", Port: {IntVal: 80}, Scheme: "HTTP"}},',
          '  \tInitialDelaySeconds:           0,',
          '  \tTimeoutSeconds:                1,',
          '- \tPeriodSeconds:                 10,',
          '+ \tPeriodSeconds:                 5,',
          '  \tSuccessThreshold:              1,',
          '  \tFailureThreshold:              3,',
          '  \tTerminationGracePeriodSeconds: nil,',
          '  },',
          '  ReadinessProbe: nil,',
          '  StartupProbe:   nil,',
          '  ... // 8 identical fields',
        ),
      ),
    );
  });

  it('restartPolicy changed: an unchanged container is cut to four fields', () => {
    expect(diffAfter((s) => void (s.restartPolicy = 'Never'))).toBe(
      lines(
        '  core.PodSpec{',
        '  \t... // 2 identical fields',
        '  \tContainers:                    {{Name: "web", Image: "nginx:1.27", VolumeMounts: {{Name: "kube-api-access-4knh7", ReadOnly: true, MountPath: "/var/run/secrets/kubernetes.io/serviceaccount"}}, TerminationMessagePath: "/dev/termination-log", ...}},',
        '  \tEphemeralContainers:           nil,',
        '- \tRestartPolicy:                 "Always",',
        '+ \tRestartPolicy:                 "Never",',
        '  \tTerminationGracePeriodSeconds: &30,',
        '  \tActiveDeadlineSeconds:         nil,',
        '  \t... // 29 identical fields',
        '  }',
      ),
    );
  });

  it('nodeSelector and nodeName changed', () => {
    expect(diffAfter((s) => void (s.nodeSelector = { disk: 'ssd' }))).toBe(
      lines(
        '  core.PodSpec{',
        '  \t... // 6 identical fields',
        '  \tActiveDeadlineSeconds:        nil,',
        '  \tDNSPolicy:                    "ClusterFirst",',
        '- \tNodeSelector:                 nil,',
        '+ \tNodeSelector:                 map[string]string{"disk": "ssd"},',
        '  \tServiceAccountName:           "default",',
        '  \tAutomountServiceAccountToken: nil,',
        '  \t... // 25 identical fields',
        '  }',
      ),
    );
    expect(diffAfter((s) => void (s.nodeName = 'node-1'))).toContain(
      lines('- \tNodeName:                     "node-2",', '+ \tNodeName:                     "node-1",', '  \tSecurityContext:              &{},'),
    );
  });

  it('a volume added: the new element prints whole, one field a line past 80 columns', () => {
    const diff = diffAfter((s) => void (s.volumes as unknown[]).push({ name: 'cache', emptyDir: {} }));
    expect(diff).toBe(
      lines(
        '  core.PodSpec{',
        '  \tVolumes: []core.Volume{',
        `  \t\t${VOLUMES.slice('  \tVolumes:        {'.length, -2)},`,
        '+ \t\t{',
        '+ \t\t\tName:         "cache",',
        '+ \t\t\tVolumeSource: core.VolumeSource{EmptyDir: &core.EmptyDirVolumeSource{}},',
        '+ \t\t},',
        '  \t},',
        '  \tInitContainers: nil,',
        '  \tContainers:     {{Name: "web", Image: "nginx:1.27", VolumeMounts: {{Name: "kube-api-access-4knh7", ReadOnly: true, MountPath: "/var/run/secrets/kubernetes.io/serviceaccount"}}, TerminationMessagePath: "/dev/termination-log", ...}},',
        '  \t... // 33 identical fields',
        '  }',
      ),
    );
  });

  it('volumes dropped, as by a replace from a bare file: the old list is cut short by verbosity', () => {
    const diff = diffAfter((s) => {
      delete s.volumes;
      delete s.nodeName;
    });
    expect(diff).toBe(
      lines(
        '  core.PodSpec{',
        '- \tVolumes: []core.Volume{',
        '- \t\t{',
        '- \t\t\tName:         "kube-api-access-4knh7",',
        '- \t\t\tVolumeSource: core.VolumeSource{Projected: &core.ProjectedVolumeSource{...}},',
        '- \t\t},',
        '- \t},',
        '+ \tVolumes:        nil,',
        '  \tInitContainers: nil,',
        '  \tContainers:     {{Name: "web", Image: "nginx:1.27", VolumeMounts: {{Name: "kube-api-access-4knh7", ReadOnly: true, MountPath: "/var/run/secrets/kubernetes.io/serviceaccount"}}, TerminationMessagePath: "/dev/termination-log", ...}},',
        '  \t... // 6 identical fields',
        '  \tServiceAccountName:           "default",',
        '  \tAutomountServiceAccountToken: nil,',
        '- \tNodeName:                     "node-2",',
        '+ \tNodeName:                     "",',
        '  \tSecurityContext:              &{},',
        '  \tImagePullSecrets:             nil,',
        '  \t... // 22 identical fields',
        '  }',
      ),
    );
  });

  it('validateUpdate puts the diff, with its closing newline, after the list of updatable fields', () => {
    const changed = structuredClone(storedPod());
    first(changed.spec as Spec).ports = [{ containerPort: 8080 }];
    const [err] = validateUpdate(storedPod(), changed);
    expect(fieldErrorText(err!)).toMatch(/previously negative\)\n {2}core\.PodSpec\{\n[\s\S]*\n {2}\}\n$/);
  });
});

describe('the pieces of the reporter', () => {
  it('a Quantity keeps its text only when ParseQuantity finds it canonical', () => {
    expect(quantityFields('500m')).toMatchObject({ value: 500n, scale: -3, cached: '500m', format: 'DecimalSI' });
    expect(quantityFields('128Mi')).toMatchObject({ value: 134217728n, scale: 0, cached: '', format: 'BinarySI' });
    expect(quantityFields('100Mi')).toMatchObject({ value: 104857600n, cached: '100Mi' });
    expect(quantityFields('0')).toMatchObject({ value: 0n, cached: '0', format: 'DecimalSI' });
    expect(quantityFields('1k')).toMatchObject({ value: 1n, scale: 3, cached: '1k' });
  });

  it('the edit script pairs equal elements and marks the rest', () => {
    const script = (x: string[], y: string[]): string[] => difference(x.length, y.length, (i, j) => boolResult(x[i] === y[j]));
    expect(script(['a', 'b'], ['a', 'b', 'c'])).toEqual(['identity', 'identity', 'uniqueY']);
    expect(script(['a', 'b', 'c'], ['a', 'c'])).toEqual(['identity', 'uniqueX', 'identity']);
    expect(difference(1, 1, () => ({ same: 3, diff: 1 }))).toEqual(['modified']);
  });
});
