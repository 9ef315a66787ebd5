// Services as the API server, the EndpointSlice controller and kube-proxy handle them,
// seen from the learner's terminal.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../../src/engine';

function svc(name: string, extra: string): string {
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${extra}`;
}

function apply(sb: Sandbox, file: string, yaml: string): { output: string; exitCode: number } {
  sb.writeFile(file, yaml);
  return sb.run(`kubectl apply -f ${file}`);
}

describe('Service addresses', () => {
  it('gives kubernetes 10.96.0.1 and kube-dns 10.96.0.10, and new ClusterIPs from the dynamic band of 10.96.0.0/12', () => {
    const sb = createSandbox({ seed: 3 });
    expect(sb.run('kubectl get svc kubernetes').output).toContain('kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   10m');
    expect(sb.run('kubectl get svc -n kube-system kube-dns').output).toContain('10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP');
    sb.run('kubectl run web --image=nginx --labels=app=web --port=80');
    sb.run('kubectl expose pod web');
    const ip = /web +ClusterIP +(\S+)/.exec(sb.run('kubectl get svc web').output)?.[1] ?? '';
    const n = ip.split('.').map(Number);
    expect(n[0]).toBe(10);
    expect(n[1]! >= 96 && n[1]! <= 111).toBe(true);
    expect(!(n[1] === 96 && n[2] === 0)).toBe(true);
  });

  it('rejects a taken or out-of-range ClusterIP and NodePort with the allocators’ words, and frees them on delete', () => {
    const sb = createSandbox({ seed: 4 });
    const taken = apply(sb, 'a.yaml', svc('dns2', '  clusterIP: 10.96.0.10\n  ports:\n  - port: 53\n'));
    expect(taken.output).toBe('The Service "dns2" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.10"}: failed to allocate IP 10.96.0.10: provided IP is already allocated\n');
    const outside = apply(sb, 'b.yaml', svc('far', '  clusterIP: 10.200.0.1\n  ports:\n  - port: 80\n'));
    expect(outside.output).toBe('The Service "far" is invalid: spec.clusterIPs: Invalid value: []string{"10.200.0.1"}: failed to allocate IP 10.200.0.1: the provided IP (10.200.0.1) is not in the valid range. The range of valid IPs is 10.96.0.0/12\n');
    const np = (name: string, p: number) => svc(name, `  type: NodePort\n  ports:\n  - port: 80\n    nodePort: ${p}\n`);
    expect(apply(sb, 'c.yaml', np('one', 30080)).output).toBe('service/one created\n');
    expect(apply(sb, 'd.yaml', np('two', 30080)).output).toBe('The Service "two" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated\n');
    expect(apply(sb, 'e.yaml', np('three', 32768)).output).toBe('The Service "three" is invalid: spec.ports[0].nodePort: Invalid value: 32768: provided port is not in the valid range. The range of valid ports is 30000-32767\n');
    sb.run('kubectl delete svc one');
    expect(apply(sb, 'd.yaml', np('two', 30080)).output).toBe('service/two created\n');
  });

  it('shows a LoadBalancer <pending> until the simulated load balancer is ensured', () => {
    const sb = createSandbox({ seed: 5 });
    apply(sb, 'lb.yaml', svc('lb', '  type: LoadBalancer\n  ports:\n  - port: 80\n'));
    expect(sb.run('kubectl get svc lb').output).toMatch(/lb +LoadBalancer +\S+ +<pending> +80:3\d{4}\/TCP/);
    sb.run('sleep 3');
    expect(sb.run('kubectl get svc lb').output).toMatch(/lb +LoadBalancer +\S+ +192\.168\.56\.240 +80:3\d{4}\/TCP/);
  });
});

describe('EndpointSlices and Endpoints', () => {
  let sb: Sandbox;
  beforeAll(() => {
    sb = createSandbox({ seed: 6 });
    sb.run('kubectl run k1 --image=luksa/kubia --labels=app=k --port=8080');
    sb.run('kubectl run k2 --image=luksa/kubia --labels=app=k --port=8080');
    apply(sb, 's.yaml', svc('k', '  selector:\n    app: k\n  ports:\n  - port: 80\n    targetPort: 8080\n'));
    sb.run('sleep 30');
  });

  it('names the slice <service>-<5 chars>, labels it with the Service name, lists the Ready Pods', () => {
    const out = sb.run('kubectl get endpointslices -l kubernetes.io/service-name=k').output;
    expect(out).toMatch(/^k-[bcdfghjklmnpqrstvwxz2456789]{5} +IPv4 +8080 +10\.244\.\d+\.\d+,10\.244\.\d+\.\d+ +30s$/m);
    const yaml = sb.run('kubectl get endpointslices -l kubernetes.io/service-name=k -o yaml').output;
    expect(yaml).toContain('endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io');
    expect(yaml).toContain('      ready: true\n      serving: true\n      terminating: false');
    expect(yaml).toMatch(/targetRef:\n +kind: Pod\n +name: k1/);
  });

  it('keeps the legacy Endpoints object too, with the deprecation warning kubectl prints', () => {
    const r = sb.run('kubectl get endpoints k');
    expect(r.output).toMatch(/^Warning: v1 Endpoints is deprecated in v1\.33\+; use discovery\.k8s\.io\/v1 EndpointSlice\nNAME +ENDPOINTS/);
    expect(r.output).toMatch(/k +10\.244\.\d+\.\d+:8080,10\.244\.\d+\.\d+:8080 +30s/);
  });

  it('marks a terminating Pod ready: false (still serving), and kube-proxy stops sending to it', () => {
    sb.run('kubectl delete pod k1 --wait=false');
    // The EndpointSlice controller hears of the deletion through its watch, a moment later.
    sb.run('sleep 1');
    const yaml = sb.run('kubectl get endpointslices -l kubernetes.io/service-name=k -o yaml').output;
    expect(yaml).toContain('      ready: false\n      serving: true\n      terminating: true');
    sb.run('sleep 2');
    const nat = sb.run('node-shell node-1 -- iptables-save -t nat').output;
    const k1 = /k1 +1\/1 .*?(10\.244\.\d+\.\d+)/.exec(sb.run('kubectl get pods -o wide').output)?.[1];
    if (k1) expect(nat).not.toContain(`--to-destination ${k1}:8080`);
    sb.run('sleep 40');
    expect(sb.run('kubectl get endpointslices -l kubernetes.io/service-name=k').output).toMatch(/ 8080 +10\.244\.\d+\.\d+ +\d+s$/m);
  });

  it('leaves an empty placeholder slice for a Service that selects nothing', () => {
    apply(sb, 'none.yaml', svc('none', '  selector:\n    app: nothing\n  ports:\n  - port: 80\n'));
    sb.run('sleep 1');
    expect(sb.run('kubectl get endpointslices -l kubernetes.io/service-name=none').output).toMatch(/^none-\w{5} +IPv4 +<unset> +<unset> +1s$/m);
    expect(sb.run('kubectl get endpoints none').output).toMatch(/none +<none> +1s/);
  });
});

describe('kubectl expose', () => {
  it('takes the selector from the Pod’s labels and the ports from its containers', () => {
    const sb = createSandbox({ seed: 7 });
    sb.run('kubectl run web --image=nginx --labels=app=web,tier=front --port=80');
    expect(sb.run('kubectl expose pod web --type=NodePort --name=web-np').output).toBe('service/web-np exposed\n');
    const yaml = sb.run('kubectl get svc web-np -o yaml').output;
    expect(yaml).toContain('  selector:\n    app: web\n    tier: front\n');
    expect(yaml).toMatch(/ {2}- nodePort: 3\d{4}\n {4}port: 80\n {4}protocol: TCP\n {4}targetPort: 80\n/);
    sb.run('kubectl apply -f pod.yaml');
    expect(sb.run('kubectl expose pod kubia-manual --port=80').output).toBe("error: couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed\nSee 'kubectl expose -h' for help and examples\n");
  });
});
