import { describe, expect, it } from 'vitest';
import { createSandbox, defaultScenario } from '../../src/engine';
import { caption, captionKeys, idleExample, messageDetails } from '../../src/ui/lib/captions';
import en from '../../src/ui/i18n/en.json';
import zh from '../../src/ui/i18n/zh.json';
import { lookup, translate } from '../../src/ui/i18n/translate';

function keys(d: Record<string, Record<string, string>>): string[] {
  return Object.entries(d).flatMap(([g, m]) => Object.keys(m).map((k) => `${g}.${k}`)).sort();
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** Each message has a caption of its own in both languages, with every placeholder filled. */
function expectOwnCaptions(events: ReturnType<typeof createSandbox>['trace']): void {
  for (const e of events) {
    const key = captionKeys(e).find((k) => lookup('en', k) !== undefined)!;
    expect(key.startsWith('caption.generic'), `${e.kind} → ${key}`).toBe(false);
    for (const locale of ['en', 'zh'] as const) expect(caption(locale, e)).not.toMatch(/\{\w+\}/);
  }
}

const sb = createSandbox({ seed: 1 });
sb.run('kubectl apply -f pod.yaml');
sb.runUntilIdle();

describe('captions', () => {
  it('has every message in both languages, with the same placeholders', () => {
    expect(keys(zh)).toEqual(keys(en));
    for (const k of keys(en)) expect(placeholders(lookup('zh', k)!), k).toEqual(placeholders(lookup('en', k)!));
  });

  it('gives each message of the nine steps its own caption, never the generic one', () => {
    for (const e of sb.trace.filter((x) => x.step !== undefined)) {
      const key = captionKeys(e).find((k) => lookup('en', k) !== undefined)!;
      expect(key.startsWith('caption.generic'), `${e.kind} → ${key}`).toBe(false);
      expect(caption('en', e)).not.toMatch(/\{\w+\}/);
      expect(caption('zh', e)).not.toMatch(/\{\w+\}/);
    }
  });

  it('gives steps 1 and 2 on a fresh registry their own captions: build pulls, push uploads and mounts', () => {
    const fresh = createSandbox({ seed: 1, scenario: 'name: fresh\nregistry:\n  images:\n    - node:7\n' });
    for (const c of ['docker build -q -t kubia .', 'docker tag kubia luksa/kubia', 'docker push luksa/kubia']) expect(fresh.run(c).exitCode).toBe(0);
    const steps = fresh.trace.filter((x) => x.step === 1 || x.step === 2);
    expect(steps.some((e) => e.kind === 'blob.mount')).toBe(true);
    for (const e of steps) {
      const key = captionKeys(e).find((k) => lookup('en', k) !== undefined)!;
      expect(key.startsWith('caption.generic'), `${e.kind} → ${key}`).toBe(false);
      expect(caption('en', e)).not.toMatch(/\{\w+\}|containerd/);
      expect(caption('zh', e)).not.toMatch(/\{\w+\}|containerd/);
    }
  });

  it("says the CNI plugin's commands in the Pod's namespace without the namespace's long name", () => {
    const wiring = sb.trace.filter((e) => e.kind === 'netlink' && e.step === 7).map((e) => caption('en', e));
    expect(wiring).toContain("The node's network stack runs: ip link add cni0 type bridge");
    expect(wiring).toContain("In the Pod's network namespace: ip link set eth0 up");
    expect(wiring.join('\n')).not.toMatch(/netns exec|cni-[0-9a-f]{8}-/);
    const up = sb.trace.find((e) => e.kind === 'netlink' && String(e.detail?.command).endsWith('ip link set eth0 up'))!;
    expect(caption('zh', up)).toBe('在 Pod 的网络命名空间里执行：ip link set eth0 up');
  });

  it("tells apply's GET (does the Pod exist yet?) from another command's read of the Pod", () => {
    const applied = sb.trace.filter((e) => e.kind.startsWith('pod.get')).map((e) => caption('en', e));
    expect(applied).toEqual(['kubectl asks the API server whether Pod kubia-manual already exists.', 'Not found (404): kubectl will create the Pod.']);
    const before = sb.trace.length;
    sb.run('kubectl exec kubia-manual -- hostname');
    const read = sb.trace.slice(before).filter((e) => e.kind.startsWith('pod.get')).map((e) => caption('en', e));
    expect(read.slice(0, 2)).toEqual(['kubectl reads Pod kubia-manual from the API server.', 'The API server sends Pod kubia-manual back, as it is stored in etcd.']);
  });

  it('names components and fills details from the message', () => {
    const run = sb.trace.find((e) => e.kind === 'RunPodSandbox')!;
    expect(caption('en', run)).toBe("The kubelet asks containerd for the Pod's sandbox: the pause container and its network namespace.");
    const added = sb.trace.find((e) => e.kind === 'pod.ADDED' && e.to.startsWith('kubelet/'))!;
    expect(caption('en', added)).toBe('The kubelet on node-2 learns from its watch that kubia-manual is bound to its node.');
    expect(caption('zh', added)).toBe('node-2 上的 kubelet 通过 watch 得知：kubia-manual 已绑定到本节点。');
    const blob = sb.trace.find((e) => e.kind === 'blob.get')!;
    expect(caption('en', blob)).toMatch(/^containerd downloads a layer \(\d+\.\d MB\) from the registry\.$/);
  });

  it('keeps Kubernetes terms in English in the Chinese captions', () => {
    const create = sb.trace.find((e) => e.kind === 'pod.create')!;
    expect(caption('zh', create)).toBe('kubectl 把 Pod 发给 API server：POST /api/v1/namespaces/default/pods');
  });
});

/** Everything a learner does in the networking lessons, in a cluster with `mode` kube-proxy. */
function networkSession(mode: 'iptables' | 'ipvs' | 'userspace'): ReturnType<typeof createSandbox> {
  const s = createSandbox({ seed: 2, scenario: { ...defaultScenario(), kubeProxyMode: mode } });
  const commands = [
    'docker build -t kubia .',
    'docker push luksa/kubia',
    'kubectl run web-1 --image=luksa/kubia --labels=app=web --port=8080',
    'kubectl run client --image=busybox --restart=Never -- sleep 3600',
    'kubectl expose pod web-1 --port=80 --target-port=8080 --name=web',
    'kubectl exec client -- wget -qO- web',
    'kubectl exec client -- wget -qO- -T 2 10.244.9.9:80',
    'curl -s 192.168.56.11:30999',
    'kubectl logs web-1',
    'kubectl delete pod web-1',
  ];
  for (const c of commands) {
    s.run(c);
    s.runUntilIdle();
  }
  return s;
}

describe('captions of the networking messages', () => {
  for (const mode of ['iptables', 'ipvs', 'userspace'] as const) {
    it(`says what each message means rather than naming its kind (kube-proxy ${mode})`, () => {
      const s = networkSession(mode);
      const raw = new Set<string>();
      for (const e of s.trace) {
        const key = captionKeys(e).find((k) => lookup('en', k) !== undefined)!;
        if (key === 'caption.generic' || key === 'caption.generic.note') raw.add(`${e.kind} (${e.from} → ${e.to})`);
        for (const locale of ['en', 'zh'] as const) if (/\{\w+\}/.test(caption(locale, e))) raw.add(`${locale}: ${caption(locale, e)}`);
      }
      expect([...raw]).toEqual([]);
    });
  }

  it('tells an answered connection from a failed one', () => {
    const s = networkSession('iptables');
    const results = s.trace.filter((e) => e.kind === 'net.result').map((e) => caption('en', e));
    expect(results).toContain('The connection is answered: the reply reaches the program that asked.');
    expect(results.some((r) => /^The connection failed: ECONNREFUSED/.test(r))).toBe(true);
  });
});

describe('captions of the kubelet probes', () => {
  it('say which probe runs, on which container, and what it heard', () => {
    const s = createSandbox({ seed: 3 });
    const pod = (name: string, image: string, probe: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: app\n    image: ${image}\n${probe}`;
    s.writeFile('live.yaml', pod('live', 'luksa/kubia-unhealthy', '    livenessProbe:\n      httpGet:\n        path: /\n        port: 8080\n'));
    s.writeFile('ready.yaml', pod('ready', 'luksa/kubia', '    readinessProbe:\n      exec:\n        command: [ls, /var/ready]\n'));
    s.writeFile('tcp.yaml', pod('tcp', 'luksa/kubia', '    readinessProbe:\n      tcpSocket:\n        port: 9999\n'));
    for (const f of ['live.yaml', 'ready.yaml', 'tcp.yaml']) s.run(`kubectl apply -f ${f}`);
    s.advance(150_000);
    const raw = new Set<string>();
    const seen = new Set<string>();
    for (const e of s.trace) {
      if (!e.kind.startsWith('probe') && !(e.kind.startsWith('ExecSync') && e.from.startsWith('kubelet'))) continue;
      const key = captionKeys(e).find((k) => lookup('en', k) !== undefined)!;
      if (key.startsWith('caption.generic')) raw.add(`${e.kind} → ${key}`);
      for (const locale of ['en', 'zh'] as const) if (/\{\w+\}/.test(caption(locale, e))) raw.add(caption(locale, e));
      seen.add(caption('en', e));
    }
    expect([...raw]).toEqual([]);
    expect([...seen].some((c) => /^The kubelet on node-\d runs the liveness probe of live\/app: http-get http:\/\/10\.244\.\d+\.\d+:8080\/\.$/.test(c))).toBe(true);
    expect(seen).toContain('The kubelet on node-2 runs the readiness probe of ready/app: exec [ls /var/ready].');
    expect([...seen]).toEqual(expect.arrayContaining(['The probe gets HTTP 200: it passes.', 'The probe gets HTTP 500: it fails.']));
    expect(seen).toContain('Nothing listens on the port: the connection is refused and the probe fails.');
  });
});

describe('captions of the controllers', () => {
  it('credit the ReplicaSet controller, not kubectl, with the Pods it creates', () => {
    const s = createSandbox({ seed: 1 });
    for (const c of ['kubectl create deployment web --image=nginx --replicas=2', 'sleep 20', 'kubectl delete deployment web', 'sleep 40']) s.run(c);
    const byController = s.trace.filter((e) => e.from === 'controllerManager' && /^(pod|replicaset)\.(create|delete)$/.test(e.kind));
    expect(new Set(byController.map((e) => e.kind))).toEqual(new Set(['replicaset.create', 'pod.create', 'replicaset.delete', 'pod.delete']));
    for (const e of byController) {
      for (const locale of ['en', 'zh'] as const) expect(caption(locale, e)).not.toMatch(/kubectl|\{\w+\}/);
    }
    const created = s.trace.find((e) => e.kind === 'pod.create.response' && e.to === 'controllerManager')!;
    expect(caption('en', created)).toMatch(/^201 Created: the new Pod web-\w+-\w{5} is stored, with no node yet\.$/);
  });
});

describe('captions of a followed log', () => {
  it('say what each part of kubectl logs -f does, from the first chunk to Ctrl-C', () => {
    const s = createSandbox({ seed: 4 });
    s.run(`kubectl run once --image=busybox -- sh -c 'echo a; sleep 3; echo b'`);
    s.run('kubectl wait --for=condition=Ready pod/once --timeout=60s');
    s.run('kubectl logs -f once');
    s.run(`kubectl run tick --image=busybox -- sh -c 'while true; do echo t; sleep 1; done'`);
    s.run('kubectl wait --for=condition=Ready pod/tick --timeout=60s');
    s.start('kubectl logs -f tick');
    s.advance(2500);
    s.interrupt();
    s.advance(1000);
    const streamed = s.trace.filter((e) => /^(ReadLogs|containerLogs|pod\.log)\.(chunk|close)$/.test(e.kind) || e.detail?.follow === 'stop');
    const seen = new Set(streamed.map((e) => caption('en', e)));
    expectOwnCaptions(streamed);
    expect(seen).toContain('The container has just written 2 B to its log; it goes at once to the kubelet that follows it.');
    expect(seen).toContain('The log of once ends: the container has exited, so kubectl logs -f exits too.');
    expect(seen).toContain('The API server tells the kubelet on node-1 to stop streaming the log of tick: its reader has gone.');
    expect(seen).toContain("Nobody reads the followed log any more: the kubelet stops following the container's log file.");
  });
});

describe('captions of an interactive shell', () => {
  it('tell the call that opens the stream from the lines written on it', () => {
    const s = createSandbox({ seed: 5 });
    s.run('kubectl run box --image=busybox -- sleep 3600');
    s.run('kubectl wait --for=condition=Ready pod/box --timeout=60s');
    const from = s.trace.length;
    s.run('kubectl exec -it box -- sh');
    s.run('echo hi');
    s.run('exit');
    s.run('kubectl run -it one --image=busybox -- sh');
    s.run('echo x');
    s.run('exit');
    const session = s.trace.slice(from).filter((e) => /^(pod\.)?(exec|attach)|^(Exec|Attach)/.test(e.kind));
    expectOwnCaptions(session);
    const seen = new Set(session.map((e) => caption('en', e)));
    expect(seen).toContain("kubectl writes the typed line to the shell's stdin on the exec stream it already holds open: a frame, not a new request.");
    expect(seen).toContain('The API server opens an attach stream to the kubelet on node-1 for container one.');
    expect(seen).toContain("The line reaches the main process's stdin, through containerd's streaming server.");
  });
});

describe('captions of lifecycle hooks', () => {
  it('say which hook runs, on which container, and what came of it', () => {
    const s = createSandbox({ seed: 6 });
    const pod = (name: string, hook: string) =>
      `cat <<'YAML' | kubectl apply -f -\napiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: app\n    image: nginx\n    lifecycle:\n${hook}YAML`;
    s.run(pod('ok', '      postStart:\n        httpGet:\n          path: /\n          port: 80\n      preStop:\n        exec:\n          command: ["nginx", "-s", "quit"]\n'));
    s.run(pod('refused', '      postStart:\n        httpGet:\n          path: /\n          port: 9999\n'));
    s.advance(30_000);
    s.run('kubectl delete pod ok');
    const hooks = s.trace.filter((e) => e.kind.startsWith('hook'));
    expectOwnCaptions(hooks);
    const seen = new Set(hooks.map((e) => caption('en', e)));
    expect([...seen].some((c) => /^The kubelet on node-\d runs the PostStart hook of ok\/app: http-get http:\/\/10\.244\.\d+\.\d+:80\/\.$/.test(c))).toBe(true);
    expect([...seen].some((c) => /^The kubelet on node-\d runs the PreStop hook of ok\/app: exec \[nginx -s quit\]\.$/.test(c))).toBe(true);
    expect(seen).toContain('The server answers HTTP 200: the hook is done.');
    expect(seen).toContain('Nothing listens on the port: the connection is refused and the hook fails.');
  });
});

describe('captions of a Pod reading its ConfigMaps and Secrets', () => {
  it('say which object the kubelet reads and why', () => {
    const s = createSandbox({ seed: 9 });
    s.run(`cat <<'YAML' | kubectl apply -f -\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: busybox\n    command: ["sleep", "3600"]\n    envFrom:\n    - configMapRef: {name: cfg, optional: true}\n    - secretRef: {name: sec, optional: true}\nYAML`);
    s.advance(20_000);
    const reads = s.trace.filter((e) => /^(configmap|secret)\.get$/.test(e.kind));
    expect(reads.length).toBe(2);
    expectOwnCaptions(reads);
    expect(reads.map((e) => caption('en', e))).toEqual(expect.arrayContaining(['The kubelet on node-2 reads ConfigMap cfg: the Pod needs it for a volume or a variable.']));
  });
});

describe('captions of kubectl debug', () => {
  it('say how the ephemeral container is added and how kubectl waits for it', () => {
    const s = createSandbox({ seed: 5 });
    s.run('kubectl run web --image=nginx');
    s.run('kubectl wait --for=condition=Ready pod/web --timeout=60s');
    const from = s.trace.length;
    s.run('kubectl debug -it web --image=busybox --target=web --profile=general');
    s.run('exit');
    const debugging = s.trace.slice(from).filter((e) => /^pod\.(ephemeralcontainers|watch|ADDED)/.test(e.kind) && (e.from === 'kubectl' || e.to === 'kubectl'));
    expect(debugging.map((e) => e.kind)).toEqual(expect.arrayContaining(['pod.ephemeralcontainers.patch', 'pod.ephemeralcontainers.patch.response', 'pod.watch']));
    expectOwnCaptions(debugging);
    expect(debugging.map((e) => caption('en', e))).toContain('kubectl watches web for changes: each new version of the Pod will come back on this stream.');
  });
});

describe('captions of lists and watches by selector', () => {
  it('say what is selected in words, and keep the URL as sent for the inspector', () => {
    const s = createSandbox({ seed: 1 });
    for (const c of ['kubectl apply -f pod.yaml', 'kubectl describe pod kubia-manual', 'kubectl get pods -l app=web', 'kubectl describe node node-1']) {
      s.run(c);
      s.runUntilIdle();
    }
    s.start('kubectl get pods -l app=web -w');
    s.advance(2000);
    s.interrupt();
    const asked = s.trace.filter((e) => e.from === 'kubectl' && /Selector=/.test(String(e.detail?.request)));
    const said = (locale: 'en' | 'zh') => new Set(asked.map((e) => caption(locale, e)));
    expect([...said('en')]).toEqual([
      'kubectl asks the API server for the events of Pod kubia-manual.',
      'kubectl asks the API server for the pods labelled app=web.',
      'kubectl asks the API server for the pods with spec.nodeName=node-1, status.phase!=Succeeded, status.phase!=Failed.',
      'kubectl asks the API server for the events of Node node-1.',
      'kubectl watches the pods labelled app=web: each change will come back on this stream.',
    ]);
    expect(said('zh')).toContain('kubectl 向 API server 查询 Pod kubia-manual 的事件（Event）。');
    const events = asked.find((e) => e.kind === 'event.list')!;
    expect(messageDetails('en', events)).toBe(
      'kubectl asks the API server for the events of Pod kubia-manual.\n' +
        `GET /api/v1/namespaces/default/events?fieldSelector=involvedObject.kind%3DPod%2CinvolvedObject.name%3Dkubia-manual%2CinvolvedObject.namespace%3Ddefault%2CinvolvedObject.uid%3D${s.snapshot().objects.pods![0]!.metadata!.uid}&limit=500`,
    );
    // A caption that already shows its request adds nothing to it.
    const create = s.trace.find((e) => e.kind === 'pod.create')!;
    expect(messageDetails('en', create)).toBe(caption('en', create));
  });
});

describe('the caption before anything happens', () => {
  it('suggests applying pod.yaml where the laptop has one, and a command that works as typed where it has not', () => {
    expect(idleExample(new Map([['pod.yaml', ''], ['app.js', '']]))).toBe('kubectl apply -f pod.yaml');
    expect(idleExample(new Map([['clash.yaml', ''], ['shared.yaml', '']]))).toBe('kubectl get pods');
    expect(translate('zh', 'ui.idle', { example: 'kubectl get pods' })).toBe('在终端里输入命令，例如 kubectl get pods');
  });
});

describe("the caption of kubectl drain's wait", () => {
  it('says drain waits for the evicted Pod to be gone, in both languages', () => {
    const sb = createSandbox({ seed: 1 });
    expect(sb.run(`kubectl run bare --image=nginx:1.27 --overrides='{"spec":{"nodeName":"node-1"}}'`).exitCode).toBe(0);
    sb.runUntilIdle();
    expect(sb.run('kubectl drain node-1 --ignore-daemonsets --force').exitCode).toBe(0);
    sb.runUntilIdle();
    const wait = sb.trace.find((e) => e.kind === 'pod.get' && e.detail?.waitingFor === 'gone');
    expect(wait).toBeDefined();
    expect(caption('en', wait!)).toBe('kubectl drain asks whether Pod bare is gone yet: it waits until every Pod it evicted is deleted.');
    expect(caption('zh', wait!)).toContain('kubectl drain 询问 Pod bare 是否已经删除');
  });
});
