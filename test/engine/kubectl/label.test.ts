import { describe, expect, it } from 'vitest';
import { parseAnnotationPairs, parseLabelPairs, resourcesAndPairs } from '../../../src/engine/kubectl/commands/pairs';
import { cluster, kubectlRequests } from './helpers';

describe('kubectl label and annotate', () => {
  it('splits resources from pairs as GetResourcesAndPairs does', () => {
    expect(resourcesAndPairs(['pod', 'web', 'a=b', 'c-'], 'label')).toEqual({ resources: ['pod', 'web'], pairs: ['a=b', 'c-'] });
    expect(resourcesAndPairs(['pod', 'a=b', 'web'], 'label')).toBe('error: all resources must be specified before label changes: web');
    expect(parseLabelPairs(['a=b=c'])).toBe('error: invalid label spec: a=b=c');
    expect(parseLabelPairs(['a=b', 'a-'])).toBe('error: can not both modify and remove a label in the same command');
    expect(parseLabelPairs(['a=-x'])).toMatch(/^error: invalid label value: "a=-x": a valid label must be/);
    expect(parseAnnotationPairs(['note=a=b'])).toEqual({ set: new Map([['note', 'a=b']]), remove: [] });
  });

  it('adds, refuses to overwrite, overwrites and removes labels, with kubectl\'s words', () => {
    const sb = cluster();
    sb.run('kubectl run web --image=nginx --labels=app=web');
    expect(sb.run('kubectl label pod web tier=frontend').output).toBe('pod/web labeled\n');
    const refused = sb.run('kubectl label pod web app=v2');
    expect(refused).toEqual({ output: "error: 'app' already has a value (web), and --overwrite is false\n", exitCode: 1 });
    expect(sb.run('kubectl label pod web app=v2 --overwrite').output).toBe('pod/web labeled\n');
    expect(sb.run('kubectl label pod web app=v2 --overwrite').output).toBe('pod/web not labeled\n');
    expect(sb.run('kubectl label pod web tier-').output).toBe('pod/web unlabeled\n');
    expect(sb.run('kubectl label pod web tier-').output).toBe('label "tier" not found.\npod/web not labeled\n');
    expect(sb.run("kubectl get pod web -o jsonpath='{.metadata.labels}'").output).toBe('{"app":"v2"}');
  });

  it('sends one traced JSON merge PATCH per object', () => {
    const sb = cluster();
    sb.run('kubectl run a --image=nginx --labels=app=x');
    sb.run('kubectl run b --image=nginx --labels=app=x');
    const before = kubectlRequests(sb).length;
    expect(sb.run('kubectl label pods -l app=x env=dev').output).toBe('pod/a labeled\npod/b labeled\n');
    expect(kubectlRequests(sb).slice(before)).toEqual([
      'GET /api/v1/namespaces/default/pods?labelSelector=app%3Dx',
      'PATCH /api/v1/namespaces/default/pods/a',
      'PATCH /api/v1/namespaces/default/pods/b',
    ]);
    expect(sb.trace.filter((e) => e.from === 'kubectl' && e.kind === 'pod.patch').map((e) => e.ref?.name)).toEqual(['a', 'b']);
  });

  it('annotates, and refuses to overwrite an annotation without --overwrite', () => {
    const sb = cluster();
    sb.run('kubectl run web --image=nginx');
    expect(sb.run("kubectl annotate pod web note='my frontend'").output).toBe('pod/web annotated\n');
    expect(sb.run('kubectl annotate pod web note=x').output).toBe(
      "error: --overwrite is false but found the following declared annotation(s): 'note' already has a value (my frontend)\n",
    );
    expect(sb.run('kubectl annotate pod web note-').output).toBe('pod/web annotated\n');
    expect(sb.run("kubectl get pod web -o jsonpath='{.metadata.annotations}'").output).toBe('');
  });

  it('reports a missing object and bad arguments as kubectl does', () => {
    const sb = cluster();
    expect(sb.run('kubectl label pod nosuch a=b')).toEqual({ output: 'Error from server (NotFound): pods "nosuch" not found\n', exitCode: 1 });
    expect(sb.run('kubectl label pod web').output).toBe('error: at least one label update is required\n');
    expect(sb.run('kubectl label a=b').output).toBe('error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n');
    expect(sb.run('kubectl label pods x=y').output).toBe('error: resource(s) were provided, but no name was specified\n');
    expect(sb.run('kubectl label pods --all -l a=b x=y').output).toBe('error: cannot set --all and --selector at the same time\n');
  });

  it('takes a Pod out of its Service\'s EndpointSlice when relabelled', () => {
    const sb = cluster();
    sb.run('kubectl run web --image=nginx --labels=app=web --port=80');
    sb.run('kubectl expose pod web');
    sb.run('sleep 10');
    const endpoints = "kubectl get endpointslices -l kubernetes.io/service-name=web -o jsonpath='{.items[0].endpoints[*].targetRef.name}'";
    expect(sb.run(endpoints).output).toBe('web');
    sb.run('kubectl label pod web app=other --overwrite');
    sb.run('sleep 1');
    expect(sb.run(endpoints).output).toBe('');
  });
});
