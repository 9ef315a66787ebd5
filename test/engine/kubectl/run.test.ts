import { describe, expect, it } from 'vitest';
import { cluster, kubectlRequests } from './helpers';

describe('kubectl run', () => {
  it('builds the Pod as the run-pod/v1 generator does (client dry run sends nothing)', () => {
    const sb = cluster();
    const r = sb.run('kubectl run api --image=luksa/kubia --port=8080 --env=MODE=demo --restart=Never --command --dry-run=client -o yaml -- node app.js');
    expect(r.output).toBe(`apiVersion: v1
kind: Pod
metadata:
  labels:
    run: api
  name: api
spec:
  containers:
  - command:
    - node
    - app.js
    env:
    - name: MODE
      value: demo
    image: luksa/kubia
    name: api
    ports:
    - containerPort: 8080
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Never
status: {}
`);
    expect(kubectlRequests(sb)).toEqual([]);
  });

  it('POSTs it, prints pod/NAME created, and the Pod runs with label run=NAME', () => {
    const sb = cluster();
    expect(sb.run('kubectl run web --image=nginx -- -g "daemon off;"')).toEqual({ output: 'pod/web created\n', exitCode: 0 });
    expect(kubectlRequests(sb)).toEqual(['POST /api/v1/namespaces/default/pods']);
    const generated = sb.trace.find((e) => e.kind === 'pod.generate');
    expect(generated?.step).toBe(3);
    sb.run('sleep 10');
    expect(sb.run('kubectl get pods --show-labels').output).toMatch(/^web {4}1\/1 {5}Running .* run=web\n$/m);
    expect(sb.run('kubectl get pod web -o yaml').output).toContain('  - args:\n    - -g\n    - daemon off;\n');
  });

  it('validates as kubectl does before sending anything', () => {
    const sb = cluster();
    expect(sb.run('kubectl run').output).toBe("error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n");
    expect(sb.run('kubectl run x').output).toBe('error: required flag(s) "image" not set\n');
    expect(sb.run('kubectl run x --image=Nginx').output).toBe('error: Invalid image name "Nginx": invalid reference format\n');
    expect(sb.run('kubectl run x --image=nginx --restart=Sometimes').output).toBe('error: invalid restart policy: Sometimes\n');
    expect(sb.run('kubectl run x --image=nginx -t').output).toBe('error: -i/--stdin is required for containers with -t/--tty=true\n');
    expect(sb.run('kubectl run x --image=nginx --rm').output).toBe('error: --rm should only be used for attached containers\n');
    expect(sb.run('kubectl run x --image=nginx --expose').output).toBe('error: --port must be set when exposing a service\n');
    expect(sb.run('kubectl run x --image=nginx --dry-run').output).toBe(
      'error: --dry-run flag without a value was specified. A value must be set: "none", "server", or "client".\n',
    );
    expect(kubectlRequests(sb)).toEqual([]);
  });

  it('shows the API server\'s refusals: a bad name, a name taken', () => {
    const sb = cluster();
    const bad = sb.run('kubectl run Web --image=nginx');
    expect(bad.exitCode).toBe(1);
    expect(bad.output).toMatch(/^The Pod "Web" is invalid: \n\* metadata\.name: Invalid value: "Web": a lowercase RFC 1123 subdomain/);
    sb.run('kubectl run web --image=nginx');
    expect(sb.run('kubectl run web --image=nginx').output).toBe('Error from server (AlreadyExists): pods "web" already exists\n');
  });

  it('--expose creates a ClusterIP Service for the port', () => {
    const sb = cluster();
    expect(sb.run('kubectl run web --image=nginx --port=80 --expose').output).toBe('service/web created\npod/web created\n');
    expect(sb.run('kubectl get svc web -o yaml').output).toContain('  selector:\n    run: web\n');
  });
});
