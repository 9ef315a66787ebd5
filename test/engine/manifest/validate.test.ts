import { describe, expect, it } from 'vitest';
import { applyDefaults, fieldErrorText, generateJobSelector, invalidStatus, unknownFields, validateObject, validateUpdate } from '../../../src/engine/manifest';
import { createError, fixture, objectOf } from './helpers';

const pod = (spec: string, meta = 'name: web'): string => `apiVersion: v1\nkind: Pod\nmetadata: {${meta}}\nspec:\n${spec}`;

describe('good manifests are stored', () => {
  for (const name of ['web-pod.yaml', 'two-containers.yaml', 'init-and-sidecar.yaml', 'flow-style.yaml', 'list.yaml']) {
    it(name, () => expect(createError(fixture(name), name)).toBe(''));
  }
});

describe('API server validation of a Pod', () => {
  it('a container without an image', () => {
    expect(createError(pod('  containers:\n  - name: web\n'))).toBe('The Pod "web" is invalid: spec.containers[0].image: Required value');
  });

  it('no containers at all', () => {
    expect(createError(pod('  containers: []\n'))).toBe('The Pod "web" is invalid: spec.containers: Required value');
  });

  it('several causes print one per line after the heading', () => {
    const text = pod('  restartPolicy: Sometimes\n  containers:\n  - name: web\n    image: nginx\n  - name: web\n');
    expect(createError(text)).toBe(
      'The Pod "web" is invalid: \n* spec.containers[1].image: Required value\n* spec.containers[1].name: Duplicate value: "web"\n* spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
    );
  });

  it('an invalid pod name, with the RFC 1123 message', () => {
    expect(createError(pod('  containers: [{name: a, image: nginx}]\n', 'name: My_Pod'))).toBe(
      `The Pod "My_Pod" is invalid: metadata.name: Invalid value: "My_Pod": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    );
  });

  it('ports out of range and an unknown protocol', () => {
    const text = pod('  containers:\n  - name: web\n    image: nginx\n    ports: [{containerPort: 70000, protocol: tcp}]\n');
    expect(createError(text)).toBe(
      'The Pod "web" is invalid: \n* spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive\n* spec.containers[0].ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"',
    );
  });

  it('requests above limits', () => {
    const text = pod('  containers:\n  - name: web\n    image: nginx\n    resources: {limits: {cpu: 500m}, requests: {cpu: 1}}\n');
    expect(createError(text)).toBe('The Pod "web" is invalid: spec.containers[0].resources.requests: Invalid value: "1": must be less than or equal to cpu limit of 500m');
  });

  it('a probe without a handler, and one with two', () => {
    const text = pod('  containers:\n  - name: web\n    image: nginx\n    livenessProbe: {periodSeconds: 5}\n    readinessProbe: {exec: {command: ["true"]}, tcpSocket: {port: 80}}\n');
    expect(createError(text)).toBe(
      'The Pod "web" is invalid: \n* spec.containers[0].livenessProbe: Required value: must specify a handler type\n* spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type',
    );
  });

  it('a named probe port must be an IANA service name', () => {
    const text = pod('  containers:\n  - name: web\n    image: nginx\n    livenessProbe: {httpGet: {port: "8080"}}\n');
    expect(createError(text)).toBe('The Pod "web" is invalid: spec.containers[0].livenessProbe.httpGet.port: Invalid value: "8080": must contain at least one letter (a-z)');
  });

  it('dnsPolicy None needs a dnsConfig', () => {
    expect(createError(pod('  dnsPolicy: None\n  containers: [{name: a, image: nginx}]\n'))).toBe(
      'The Pod "web" is invalid: spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None',
    );
  });

  it('init containers: probes only for sidecars, restartPolicy only Always', () => {
    const text = pod('  initContainers:\n  - name: init\n    image: busybox\n    restartPolicy: OnFailure\n    livenessProbe: {exec: {command: ["true"]}}\n  containers: [{name: a, image: nginx}]\n');
    expect(createError(text)).toBe(
      'The Pod "web" is invalid: \n* spec.initContainers[0].restartPolicy: Unsupported value: "OnFailure": supported values: "Always"\n* spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always',
    );
  });

  it('a volume mount naming no volume', () => {
    const text = pod('  containers:\n  - name: web\n    image: nginx\n    volumeMounts: [{name: data, mountPath: /data}]\n');
    expect(createError(text)).toBe('The Pod "web" is invalid: spec.containers[0].volumeMounts[0].name: Not found: "data"');
  });

  it('a toleration with an unknown effect', () => {
    const errs = validateObject(objectOf(pod('  containers: [{name: a, image: nginx}]\n  tolerations: [{key: k, operator: Exists, effect: Sometimes}]\n')));
    expect(errs.map(fieldErrorText)).toEqual(['spec.tolerations[0].effect: Unsupported value: "Sometimes": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"']);
  });

  it('hostAliases: IPv4 and IPv6 addresses pass, anything else is not an IP', () => {
    const aliases = (ip: string) => validateObject(objectOf(pod(`  containers: [{name: a, image: nginx}]\n  hostAliases: [{ip: "${ip}", hostnames: [foo.local]}]\n`))).map(fieldErrorText);
    for (const ok of ['10.1.2.3', '127.0.0.1', '2001:db8::ffff', '::1', 'fe80:0:0:0:0:0:0:1']) expect(aliases(ok), ok).toEqual([]);
    for (const bad of ['10.1.2', '256.1.1.1', 'foo', '1::2::3', '']) {
      expect(aliases(bad), bad).toEqual([`spec.hostAliases[0].ip: Invalid value: "${bad}": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)`]);
    }
  });

  it('an enum only the kubernetes-models schema knows (ipFamilyPolicy)', () => {
    const svc = 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ipFamilyPolicy: Bogus\n  ports: [{port: 80}]\n';
    expect(validateObject(objectOf(svc)).map(fieldErrorText)).toEqual([
      'spec.ipFamilyPolicy: Unsupported value: "Bogus": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"',
    ]);
  });
});

describe('decoding errors from the API server', () => {
  it('unknown fields, nested, in the order the server reports them', () => {
    const text = pod('  containers:\n  - name: web\n    imagee: nginx\n    image: nginx\n    ports: [{containerPort: 80, hostport: 8080}]\n', 'name: web, lables: {a: b}');
    expect(unknownFields(objectOf(text))).toEqual(['metadata.lables', 'spec.containers[0].imagee', 'spec.containers[0].ports[0].hostport']);
    expect(createError(text)).toBe(
      'Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "metadata.lables", unknown field "spec.containers[0].imagee", unknown field "spec.containers[0].ports[0].hostport"',
    );
  });

  it('a number where a string belongs', () => {
    const text = pod('  containers:\n  - name: web\n    image: nginx\n    env: [{name: PORT, value: 8080}]\n');
    expect(createError(text)).toBe(
      'Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field EnvVar.spec.containers.env.value of type string',
    );
  });

  it('a string where a port number belongs', () => {
    const text = pod('  containers:\n  - name: web\n    image: nginx\n    ports: [{containerPort: "80"}]\n');
    expect(createError(text)).toContain('json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32');
  });

  it('a quantity that does not parse', () => {
    const text = pod('  containers:\n  - name: web\n    image: nginx\n    resources: {limits: {memory: 1Gb}}\n');
    expect(createError(text)).toContain("cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  });
});

describe('other kinds', () => {
  const deployment = (selector: string, labels: string, extra = ''): string =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n${selector}  template:\n    metadata: {labels: ${labels}}\n    spec:\n${extra}      containers: [{name: a, image: nginx}]\n`;

  it('a Deployment whose selector does not match its template', () => {
    expect(createError(deployment('  selector: {matchLabels: {app: web}}\n', '{app: x}'))).toBe(
      'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`',
    );
  });

  it('a Deployment without a selector, and pods that may not restart', () => {
    expect(createError(deployment('', '{app: x}', '      restartPolicy: Never\n'))).toBe(
      'The Deployment "web" is invalid: \n* spec.selector: Required value\n* spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`\n* spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
    );
  });

  it('a Job with the default restart policy', () => {
    const job = 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: pi}\nspec:\n  template:\n    spec:\n      containers: [{name: pi, image: perl}]\n';
    expect(createError(job)).toBe('The Job "pi" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"');
  });

  it('a Job gets a selector on its UID and matching template labels on create', () => {
    const job = objectOf('apiVersion: batch/v1\nkind: Job\nmetadata: {name: pi}\nspec:\n  template:\n    metadata: {labels: {app: pi}}\n    spec:\n      restartPolicy: Never\n      containers: [{name: pi, image: perl}]\n');
    const created = generateJobSelector(job, 'u-1') as typeof job;
    expect(created.spec).toMatchObject({
      selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'u-1' } },
      template: { metadata: { labels: { app: 'pi', 'job-name': 'pi', 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': 'u-1', 'batch.kubernetes.io/controller-uid': 'u-1' } } },
    });
    expect(validateObject(applyDefaults(created))).toEqual([]);
  });

  it('a Service: DNS-1035 name, unnamed ports, numeric-string targetPort, duplicates', () => {
    const svc = 'apiVersion: v1\nkind: Service\nmetadata: {name: 1web}\nspec:\n  type: NodePorts\n  ports:\n  - port: 80\n    targetPort: "8080"\n  - port: 80\n';
    expect(createError(svc).split('\n')).toEqual([
      'The Service "1web" is invalid: ',
      `* metadata.name: Invalid value: "1web": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
      '* spec.ports[0].name: Required value',
      '* spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z)',
      '* spec.ports[1].name: Required value',
      '* spec.type: Unsupported value: "NodePorts": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
      '* spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
    ]);
  });

  it('a Namespace name is an RFC 1123 label', () => {
    expect(createError('apiVersion: v1\nkind: Namespace\nmetadata: {name: team.a}\n')).toBe('The Namespace "team.a" is invalid: metadata.name: Invalid value: "team.a": must not contain dots');
  });

  it('invalidStatus qualifies the kind with its group and keeps every cause', () => {
    const status = invalidStatus('Deployment', 'web', [{ type: 'Required', field: 'spec.selector' }]);
    expect(status).toMatchObject({
      code: 422,
      reason: 'Invalid',
      message: 'Deployment.apps "web" is invalid: spec.selector: Required value',
      details: { name: 'web', group: 'apps', kind: 'Deployment', causes: [{ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.selector' }] },
    });
  });
});

describe('validateUpdate', () => {
  const base = pod('  containers: [{name: web, image: "nginx:1.26"}]\n');

  it('a new image is allowed', () => {
    expect(validateUpdate(objectOf(base), objectOf(base.replace('nginx:1.26', 'nginx:1.27')))).toEqual([]);
  });

  it('any other spec change is forbidden', () => {
    const errs = validateUpdate(objectOf(base), objectOf(base.replace('image: "nginx:1.26"', 'image: "nginx:1.26", command: [sh]')));
    expect(errs).toHaveLength(1);
    expect(fieldErrorText(errs[0]!)).toMatch(
      /^spec: Forbidden: pod updates may not change fields other than `spec.containers\[\*\].image`,`spec.initContainers\[\*\].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` \(only additions to existing tolerations\),`spec.terminationGracePeriodSeconds` \(allow it to be set to 1 if it was previously negative\)\n/,
    );
  });
});
