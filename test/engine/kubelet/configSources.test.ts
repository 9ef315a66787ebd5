import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/engine/sandbox';

type Sb = ReturnType<typeof createSandbox>;

const CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  LEVEL: very
  app.properties: |
    color=blue
`;

const SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: app-secret
data:
  password: czNjcjN0
`;

function apply(sb: Sb, yaml: string): void {
  sb.run(`cat <<'YAML' | kubectl apply -f -\n${yaml}YAML`);
}

function pod(name: string, body: string): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: app
    image: busybox
    command: ["sleep", "3600"]
${body}`;
}

const VOLUME = pod('vol', `    volumeMounts:
    - {name: config, mountPath: /etc/config}
  volumes:
  - name: config
    configMap: {name: app-config}
`);

const ENV = pod('env', `    env:
    - name: LEVEL
      valueFrom:
        configMapKeyRef: {name: app-config, key: LEVEL}
`);

function status(sb: Sb, name: string): string {
  return sb.run(`kubectl get pod ${name} --no-headers`).output.trim().split(/\s+/)[2] ?? '';
}

describe('ConfigMaps and Secrets in a Pod', () => {
  it('mounts their keys as files and sets variables from them', () => {
    const sb = createSandbox({ seed: 8 });
    apply(sb, CONFIGMAP);
    apply(sb, SECRET);
    apply(
      sb,
      pod('both', `    env:
    - name: PASSWORD
      valueFrom:
        secretKeyRef: {name: app-secret, key: password}
    envFrom:
    - prefix: CFG_
      configMapRef: {name: app-config}
    volumeMounts:
    - {name: config, mountPath: /etc/config}
    - {name: secret, mountPath: /etc/secret, readOnly: true}
  volumes:
  - name: config
    configMap:
      name: app-config
      items:
      - {key: app.properties, path: props/app.properties}
  - name: secret
    secret: {secretName: app-secret}
`),
    );
    sb.run('kubectl wait --for=condition=Ready pod/both --timeout=60s');
    expect(sb.run('kubectl exec both -- cat /etc/config/props/app.properties').output).toBe('color=blue\n');
    expect(sb.run('kubectl exec both -- cat /etc/secret/password').output.trimEnd()).toBe('s3cr3t');
    const env = sb.run('kubectl exec both -- env').output.split('\n');
    expect(env).toEqual(expect.arrayContaining(['PASSWORD=s3cr3t', 'CFG_LEVEL=very']));
    // The kubelet read them from the API server for this Pod.
    expect(sb.trace.filter((e) => e.kind === 'configmap.get' && e.from.startsWith('kubelet/')).length).toBe(1);
    expect(sb.trace.filter((e) => e.kind === 'secret.get' && e.from.startsWith('kubelet/')).length).toBe(1);
  });

  it('keeps a Pod whose volume needs a missing ConfigMap in ContainerCreating, and starts it once there is one', () => {
    const sb = createSandbox({ seed: 8 });
    apply(sb, VOLUME);
    sb.advance(30_000);
    expect(status(sb, 'vol')).toBe('ContainerCreating');
    const failed = sb.run("kubectl get events --field-selector reason=FailedMount -o jsonpath='{.items[0].message}'").output;
    expect(failed).toBe('MountVolume.SetUp failed for volume "config" : configmap "app-config" not found');
    apply(sb, CONFIGMAP);
    sb.advance(70_000);
    expect(status(sb, 'vol')).toBe('Running');
    expect(sb.run('kubectl exec vol -- cat /etc/config/LEVEL').output.trimEnd()).toBe('very');
  });

  it('fails a container whose variable needs a missing ConfigMap, and makes it once there is one', () => {
    const sb = createSandbox({ seed: 8 });
    apply(sb, ENV);
    sb.advance(30_000);
    expect(status(sb, 'env')).toBe('CreateContainerConfigError');
    expect(sb.run("kubectl get events --field-selector reason=Failed -o jsonpath='{.items[0].message}'").output).toBe('Error: configmap "app-config" not found');
    apply(sb, CONFIGMAP.replace('  LEVEL: very\n', ''));
    sb.advance(12_000);
    expect(sb.run('kubectl describe pod env').output).toMatch(/Error: couldn't find key LEVEL in ConfigMap default\/app-config/);
    apply(sb, CONFIGMAP);
    sb.advance(15_000);
    expect(status(sb, 'env')).toBe('Running');
    expect(sb.run('kubectl exec env -- printenv LEVEL').output).toBe('very\n');
  });

  it('runs without an optional source that is missing', () => {
    const sb = createSandbox({ seed: 8 });
    apply(sb, pod('opt', `    envFrom:
    - configMapRef: {name: nothing-here, optional: true}
    volumeMounts:
    - {name: s, mountPath: /etc/s}
  volumes:
  - name: s
    secret: {secretName: nothing-here, optional: true}
`));
    sb.run('kubectl wait --for=condition=Ready pod/opt --timeout=60s');
    expect(status(sb, 'opt')).toBe('Running');
  });
});
