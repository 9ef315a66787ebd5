import type { Container, KubeObject, Pod } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { flagNamespace, serverError, stringList, warnings } from '../common';
import { note, out, request, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { applyOverrides } from '../overrides';
import { resourceForName } from '../../api/resources';
import { removeCreated } from './delete';
import { interactiveShell } from './interactive';
import { dryRunQuery, dryRunStrategy, dryRunSuffix, type DryRunStrategy } from './dryRun';
import { outputFormatError, printedObject } from './printObject';
import { attachToPod, exitStatus, type AttachPlan } from './runAttach';

type Step<T> = Generator<KubectlEffect, T, unknown>;

/** docker/distribution's reference grammar, as kubectl run checks `--image` with it. */
export const IMAGE_REFERENCE =
  /^((?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/;

interface RunOptions {
  name: string;
  image: string;
  restartPolicy: string;
  dryRun: DryRunStrategy;
  output: string;
  /** -i, -t or --attach: stay attached to the container instead of printing what was created. */
  attach: boolean;
  stdin: boolean;
  tty: boolean;
}

/**
 * `kubectl run NAME --image=IMAGE`: build a Pod the way kubectl's run-pod/v1 generator
 * does — label `run=NAME` unless `--labels`, one container named NAME, `--port`,
 * `--env`, arguments after `--` as args (or the command with `--command`), DNS policy
 * ClusterFirst — and POST it, printing `pod/NAME created`. Nothing is read from a file,
 * so step 3 is the generator rather than manifest validation.
 */
export function* run(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const opts = yield* validate(args);
  if (typeof opts === 'number') return opts;
  const generated = generatePod(args, opts);
  const pod = typeof generated === 'string' ? generated : applyOverrides(generated as unknown as KubeObject, String(args.flags.overrides ?? ''), String(args.flags['override-type'] ?? 'merge'));
  if (typeof pod === 'string') {
    yield { op: 'err', text: pod + '\n' };
    return 1;
  }
  const namespace = flagNamespace(env, args);
  if (opts.dryRun === 'client') {
    if (args.flags.expose === true && (yield* exposeService(args, opts, namespace)) !== 0) return 1;
    return yield* printPod(pod, opts);
  }
  const ref = { kind: 'Pod', name: opts.name, namespace };
  yield* note('pod.generate', { step: 3, ref, detail: { generator: 'run-pod/v1', image: opts.image } });
  const res = yield* request(
    {
      verb: 'create',
      resource: 'pods',
      groupVersion: 'v1',
      namespace,
      body: pod,
      fieldManager: String(args.flags['field-manager'] ?? 'kubectl-run'),
      step: 4,
      query: dryRunQuery(opts.dryRun),
    },
    ref,
  );
  yield* warnings(res);
  if (res.code >= 300) {
    yield* serverError(res, 'creating');
    return 1;
  }
  const exposed = args.flags.expose === true;
  if (exposed) {
    const code = yield* exposeService(args, opts, namespace);
    if (code !== 0) return code;
  }
  if (!opts.attach) return yield* printPod(res.body as KubeObject, opts);
  return yield* attached(args, opts, namespace, exposed);
}

/**
 * Attached: the container's output instead of `pod/NAME created`; then, with --rm, the
 * Pod (and the Service of --expose) deleted — kubectl defers that, so it comes after the
 * output and before any error.
 */
function* attached(args: ParsedArgs, opts: RunOptions, namespace: string, exposed: boolean): KubectlProgram {
  const plan: AttachPlan = {
    namespace,
    name: opts.name,
    restartPolicy: opts.restartPolicy,
    stdin: opts.stdin,
    tty: opts.tty,
    quiet: args.flags.quiet === true,
    leaveStdinOpen: args.flags['leave-stdin-open'] === true,
    podTimeoutMs: Number(args.flags['pod-running-timeout'] ?? 60_000),
    typed: opts.stdin && interactiveShell(args.positional.slice(1)),
  };
  const attachError = yield* attachToPod(plan);
  const status = attachError === undefined ? yield* exitStatus(plan) : { code: 1, error: attachError };
  if (args.flags.rm === true) {
    for (const resource of exposed ? ['pods', 'services'] : ['pods']) {
      const failed = yield* removeCreated(resourceForName(resource)!, namespace, opts.name);
      if (failed) {
        yield { op: 'err', text: failed + '\n' };
        return 1;
      }
    }
  }
  if (status.error) yield { op: 'err', text: status.error.endsWith('\n') ? status.error : status.error + '\n' };
  return status.code;
}

function* fail(text: string): Step<number> {
  yield { op: 'err', text: text + '\n' };
  return 1;
}

/** RunOptions.Validate, in kubectl's order and words. */
function* validate(args: ParsedArgs): Step<RunOptions | number> {
  const name = args.dashIndex === 0 ? undefined : args.positional[0];
  if (name === undefined) return yield* fail("error: NAME is required for run\nSee 'kubectl run -h' for help and examples");
  if (!args.set.has('image')) return yield* fail('error: required flag(s) "image" not set');
  const image = String(args.flags.image ?? '');
  if (image === '') return yield* fail('error: --image is required');
  if (!IMAGE_REFERENCE.test(image)) return yield* fail(`error: Invalid image name "${image}": invalid reference format`);
  const stdin = args.flags.stdin === true;
  if (args.flags.tty === true && !stdin) return yield* fail('error: -i/--stdin is required for containers with -t/--tty=true');
  if (args.flags.expose === true && String(args.flags.port ?? '') === '') return yield* fail('error: --port must be set when exposing a service');
  // The flag's default is Always, so getRestartPolicy's OnFailure for interactive Pods never applies.
  const restart = args.set.has('restart') ? String(args.flags.restart) : 'Always';
  if (!['Always', 'OnFailure', 'Never'].includes(restart)) return yield* fail(`error: invalid restart policy: ${restart}`);
  const attach = args.flags.attach === true || (stdin && !args.set.has('attach'));
  if (!attach && args.flags.rm === true) return yield* fail('error: --rm should only be used for attached containers');
  const dryRun = dryRunStrategy(args.flags);
  if (typeof dryRun !== 'string') return yield* fail(dryRun.error);
  if (attach && dryRun !== 'none') return yield* fail("error: --dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)");
  const pullPolicy = String(args.flags['image-pull-policy'] ?? '');
  if (!['', 'Always', 'IfNotPresent', 'Never'].includes(pullPolicy)) return yield* fail(`error: invalid image pull policy: ${pullPolicy}`);
  const output = String(args.flags.output ?? '');
  const badOutput = outputFormatError(output);
  if (badOutput) return yield* fail(badOutput);
  return { name, image, restartPolicy: restart, dryRun, output, attach, stdin, tty: args.flags.tty === true };
}

/** `k=v,k2=v2` (generate.ParseLabels). */
function parseLabels(spec: string): Record<string, string> | string {
  const labels: Record<string, string> = {};
  for (const pair of spec.split(',')) {
    const parts = pair.split('=');
    if (parts.length !== 2 || parts[0] === '') return `error: invalid label spec: ${pair}`;
    labels[parts[0]!] = parts[1]!;
  }
  return labels;
}

/** The run-pod/v1 generator's Pod. */
function generatePod(args: ParsedArgs, opts: RunOptions): Pod | string {
  const labelSpec = String(args.flags.labels ?? '');
  const labels = labelSpec === '' ? { run: opts.name } : parseLabels(labelSpec);
  if (typeof labels === 'string') return labels;
  const container: Container = { name: opts.name, image: opts.image, resources: {} };
  const extra = args.positional.slice(1);
  if (extra.length > 0) {
    if (args.flags.command === true) container.command = extra;
    else container.args = extra;
  }
  const envs = stringList(args.flags.env);
  if (envs.length > 0) {
    const parsed: { name: string; value: string }[] = [];
    for (const e of envs) {
      const eq = e.indexOf('=');
      if (eq <= 0) return `error: invalid env: ${e}`;
      parsed.push({ name: e.slice(0, eq), value: e.slice(eq + 1) });
    }
    container.env = parsed;
  }
  const pullPolicy = String(args.flags['image-pull-policy'] ?? '');
  if (pullPolicy) container.imagePullPolicy = pullPolicy as Container['imagePullPolicy'];
  const port = String(args.flags.port ?? '');
  if (port !== '') {
    if (!/^\d+$/.test(port)) return `error: strconv.Atoi: parsing "${port}": invalid syntax`;
    container.ports = [{ containerPort: Number(port) }];
  }
  if (args.flags.privileged === true) container.securityContext = { privileged: true };
  if (opts.stdin) {
    container.stdin = true;
    if (args.flags['leave-stdin-open'] !== true) container.stdinOnce = true;
  }
  if (opts.tty) container.tty = true;
  const annotations = Object.fromEntries(stringList(args.flags.annotations).map((a) => [a.split('=')[0] ?? '', a.split('=').slice(1).join('=')]));
  const metadata = { name: opts.name, labels, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) };
  const spec = { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: opts.restartPolicy };
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec, status: {} } as Pod;
}

/** `--expose`: the ClusterIP Service the service/v2 generator makes for the Pod's port. */
function* exposeService(args: ParsedArgs, opts: RunOptions, namespace: string): Step<number> {
  const port = Number(args.flags.port);
  const labelSpec = String(args.flags.labels ?? '');
  const selector = labelSpec === '' ? { run: opts.name } : (parseLabels(labelSpec) as Record<string, string>);
  const body = { apiVersion: 'v1', kind: 'Service', metadata: { name: opts.name }, spec: { ports: [{ port, protocol: 'TCP', targetPort: port }], selector } };
  if (opts.dryRun !== 'client') {
    const res = yield* request({ verb: 'create', resource: 'services', groupVersion: 'v1', namespace, body, fieldManager: 'kubectl-run', query: dryRunQuery(opts.dryRun) });
    if (res.code >= 300) {
      yield* serverError(res, 'creating');
      return 1;
    }
  }
  if (!opts.attach) yield* out(`service/${opts.name} created${dryRunSuffix(opts.dryRun)}\n`);
  return 0;
}

/** The printer kubectl picks: -o yaml|json|name, else `pod/NAME created`. */
function* printPod(pod: KubeObject, opts: RunOptions): KubectlProgram {
  yield* out(printedObject(pod, resourceForName('pods')!, opts.output, 'created' + dryRunSuffix(opts.dryRun)));
  return 0;
}
