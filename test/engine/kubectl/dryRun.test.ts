import { describe, expect, it } from 'vitest';
import { cluster, kubectlRequests, WEB_POD } from './helpers';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
`;

/** What the API server sent, since trace index `from`, about objects named web to anyone but kubectl: etcd writes, watch notifications. */
function sentOnAboutWeb(sb: ReturnType<typeof cluster>, from: number): string[] {
  return sb.trace.slice(from).filter((e) => e.from === 'apiServer' && e.to !== 'kubectl' && e.ref?.name === 'web').map((e) => `${e.to} ${e.kind}`);
}

describe('kubectl --dry-run', () => {
  it('client: asks the API server nothing on create, and only GETs on apply', () => {
    const sb = cluster({ 'web.yaml': WEB_POD });
    const before = kubectlRequests(sb).length;
    expect(sb.run('kubectl create -f web.yaml --dry-run=client').output).toBe('pod/web created (dry run)\n');
    expect(kubectlRequests(sb).length).toBe(before);
    expect(sb.run('kubectl apply -f web.yaml --dry-run=client').output).toBe('pod/web created (dry run)\n');
    expect(kubectlRequests(sb).slice(before)).toEqual(['GET /api/v1/namespaces/default/pods/web']);
  });

  it('server: sends ?dryRun=All; the API server answers without writing to etcd or telling watchers', () => {
    const sb = cluster({ 'web.yaml': WEB_POD, 'svc.yaml': SERVICE });
    const from = sb.trace.length;
    expect(sb.run('kubectl create -f web.yaml --dry-run=server -o name').output).toBe('pod/web\n');
    expect(kubectlRequests(sb).at(-1)).toBe('POST /api/v1/namespaces/default/pods?dryRun=All');
    expect(sb.run('kubectl apply -f svc.yaml --dry-run=server').output).toBe('service/web created (server dry run)\n');
    expect(sentOnAboutWeb(sb, from)).toEqual([]);
    expect(sb.run('kubectl get pods,svc -o name').output).toBe('service/kubernetes\n');
    // The control: a real create is written to etcd.
    expect(sb.run('kubectl create -f svc.yaml').output).toBe('service/web created\n');
    expect(sentOnAboutWeb(sb, from)).toContain('etcd etcd.put');
  });

  it('server: the object comes back defaulted and admitted, without a resourceVersion', () => {
    const sb = cluster({ 'web.yaml': WEB_POD });
    const yaml = sb.run('kubectl create -f web.yaml --dry-run=server -o yaml').output;
    expect(yaml).toContain('  uid: ');
    expect(yaml).toContain('serviceAccountName: default');
    expect(yaml).not.toContain('resourceVersion');
  });

  it('refuses a bare --dry-run and values other than none, client and server', () => {
    const sb = cluster({ 'web.yaml': WEB_POD });
    expect(sb.run('kubectl create -f web.yaml --dry-run').output).toBe('error: --dry-run flag without a value was specified. A value must be set: "none", "server", or "client".\n');
    expect(sb.run('kubectl apply -f web.yaml --dry-run=false').output).toBe('error: Invalid dry-run value (false). Must be "none", "server", or "client".\n');
  });
});
