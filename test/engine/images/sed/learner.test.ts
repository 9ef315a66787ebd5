// GNU sed on a pod's YAML, as learners use it. Each expected output is what GNU sed 4.9 (Debian's, LC_ALL=C.UTF-8)
// printed for the same script and input on this machine; the core must print the same.
import { describe, expect, it } from 'vitest';
import { POD, gnuSed } from './run';

type Row = [args: string[], stdin: string, stdout: string, stderr?: string, code?: number];

const rows: Row[] = [
  [
    ['-n', '1,10p'],
    POD,
    'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: web\n  name: web\n  namespace: default\nspec:\n  containers:\n  - image: nginx:1.27\n',
  ],
  [
    ['-n', '/containers:/,/ports:/p'],
    POD,
    '  containers:\n  - image: nginx:1.27\n    name: web\n    ports:\n',
  ],
  [
    ['/^status:/,$d'],
    POD,
    'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: web\n  name: web\n  namespace: default\nspec:\n  containers:\n  - image: nginx:1.27\n    name: web\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\n',
  ],
  [
    ['-e', 's/nginx/httpd/', '-e', 's/web/api/'],
    POD,
    'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: api\n  name: api\n  namespace: default\nspec:\n  containers:\n  - image: httpd:1.27\n    name: api\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n',
  ],
  [
    ['s/nginx/httpd/;s/web/api/'],
    POD,
    'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: api\n  name: api\n  namespace: default\nspec:\n  containers:\n  - image: httpd:1.27\n    name: api\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n',
  ],
  [
    ['-E', 's/(nginx):[0-9.]+/\\1:1.28/'],
    POD,
    'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: web\n  name: web\n  namespace: default\nspec:\n  containers:\n  - image: nginx:1.28\n    name: web\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n',
  ],
  [
    ['s/\\(nginx\\):[0-9.]\\+/\\1:1.28/'],
    POD,
    'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: web\n  name: web\n  namespace: default\nspec:\n  containers:\n  - image: nginx:1.28\n    name: web\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n',
  ],
  [
    ['3d'],
    POD,
    'apiVersion: v1\nkind: Pod\n  labels:\n    run: web\n  name: web\n  namespace: default\nspec:\n  containers:\n  - image: nginx:1.27\n    name: web\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n',
  ],
  [['2q'], POD, 'apiVersion: v1\nkind: Pod\n'],
  [['-n', '$p'], POD, '  podIP: 10.244.1.5\n'],
  [
    ['/^ *name:/d'],
    POD,
    'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: web\n  namespace: default\nspec:\n  containers:\n  - image: nginx:1.27\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n',
  ],
  [
    ['s/e/E/2'],
    POD,
    'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: web\n  name: wEb\n  namespacE: default\nspec:\n  containers:\n  - image: nginx:1.27\n    name: wEb\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n',
  ],
  [
    ['s/WEB/x/gI'],
    POD,
    'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: x\n  name: x\n  namespace: default\nspec:\n  containers:\n  - image: nginx:1.27\n    name: x\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n',
  ],
  [
    ['y/abc/xyz/'],
    POD,
    'xpiVersion: v1\nkind: Pod\nmetxdxtx:\n  lxyels:\n    run: wey\n  nxme: wey\n  nxmespxze: defxult\nspez:\n  zontxiners:\n  - imxge: nginx:1.27\n    nxme: wey\n    ports:\n    - zontxinerPort: 80\n      protozol: TCP\n  restxrtPolizy: Alwxys\nstxtus:\n  phxse: Running\n  podIP: 10.244.1.5\n',
  ],
  [
    ['1i\\# generated'],
    POD,
    '# generated\napiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: web\n  name: web\n  namespace: default\nspec:\n  containers:\n  - image: nginx:1.27\n    name: web\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n',
  ],
  [
    ['1i # generated'],
    POD,
    '# generated\napiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: web\n  name: web\n  namespace: default\nspec:\n  containers:\n  - image: nginx:1.27\n    name: web\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n',
  ],
  [
    ['$a # end'],
    POD,
    'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: web\n  name: web\n  namespace: default\nspec:\n  containers:\n  - image: nginx:1.27\n    name: web\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n# end\n',
  ],
  [
    ['/^kind:/c kind: Deployment'],
    POD,
    'apiVersion: v1\nkind: Deployment\nmetadata:\n  labels:\n    run: web\n  name: web\n  namespace: default\nspec:\n  containers:\n  - image: nginx:1.27\n    name: web\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n',
  ],
  [['-n', '/name:/='], POD, '6\n11\n'],
  [['-n', '/image:/{s/.*image: //p}'], POD, 'nginx:1.27\n'],
  [
    ['-n', '/^metadata:/,/^spec:/{//!p}'],
    POD,
    '  labels:\n    run: web\n  name: web\n  namespace: default\n',
  ],
  [['-n', '/containerPort/,+1p'], POD, '    - containerPort: 80\n      protocol: TCP\n'],
  [
    ['/^ /!d'],
    POD,
    '  labels:\n    run: web\n  name: web\n  namespace: default\n  containers:\n  - image: nginx:1.27\n    name: web\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\n  phase: Running\n  podIP: 10.244.1.5\n',
  ],
  [
    ['-n', '/^spec:/,/^[a-z]/{/^[a-z]/!p}'],
    POD,
    '  containers:\n  - image: nginx:1.27\n    name: web\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\n',
  ],
  [
    ['s/: /=/g'],
    POD,
    'apiVersion=v1\nkind=Pod\nmetadata:\n  labels:\n    run=web\n  name=web\n  namespace=default\nspec:\n  containers:\n  - image=nginx:1.27\n    name=web\n    ports:\n    - containerPort=80\n      protocol=TCP\n  restartPolicy=Always\nstatus:\n  phase=Running\n  podIP=10.244.1.5\n',
  ],
];

describe('sed on kubectl get pod -o yaml', () => {
  it.each(rows)('sed %j', (args, stdin, stdout, stderr = '', code = 0) => {
    expect(gnuSed(args, stdin)).toEqual({ stdout, stderr, code });
  });
});
