// `kubectl create deployment NAME --image=IMG [--replicas=N] [--port=P] [-- COMMAND…]`:
// builds the Deployment kubectl's generator builds (labels app=NAME, one container per
// image named after it) and POSTs it; the controllers then make its ReplicaSet and Pods.
import type { KubeObject } from '../../api/objects';
import { resourceForName } from '../../api/resources';
import type { ParsedArgs } from '../cli';
import { fieldValidation, flagNamespace, serverError, stringList, warnings } from '../common';
import { displayName } from '../files';
import { toJson, toYaml } from '../printers';
import { out, request, type KubectlEnv, type KubectlProgram } from '../program';
import { SERVER_DRY_RUN } from './resourceArgs';

/** The container name an image gets: its last path part without tag or digest, `_` made `-`. */
function containerNames(images: string[]): string[] {
  const used = new Map<string, number>();
  return images.map((image) => {
    const name = (image.split('/').pop() ?? image).split(':')[0]!.split('@')[0]!.replace(/_/g, '-');
    const n = used.get(name) ?? 0;
    used.set(name, n + 1);
    return n === 0 ? name : `${name}-${n}`;
  });
}

export function deploymentFor(name: string, images: string[], replicas: number, port: number, command: string[]): KubeObject {
  const labels = { app: name };
  const names = containerNames(images);
  const containers = images.map((image, i) => ({
    image,
    name: names[i]!,
    ...(i === 0 && command.length > 0 ? { command } : {}),
    ...(i === 0 && port >= 0 ? { ports: [{ containerPort: port }] } : {}),
    resources: {},
  }));
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { labels, name },
    spec: { replicas, selector: { matchLabels: labels }, strategy: {}, template: { metadata: { labels }, spec: { containers } } },
    status: {},
  } as KubeObject;
}

export function* createDeployment(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const fail = function* (text: string): KubectlProgram {
    yield { op: 'err', text: text + '\n' };
    return 1;
  };
  const names = args.positional.slice(0, args.dashIndex < 0 ? undefined : args.dashIndex);
  if (names.length !== 1) return yield* fail(`error: exactly one NAME is required, got ${names.length}\nSee 'kubectl create deployment -h' for help and examples`);
  const images = stringList(args.flags.image);
  if (images.length === 0) return yield* fail('error: required flag(s) "image" not set');
  const dryRun = String(args.flags['dry-run'] ?? 'none');
  if (dryRun === 'server') return yield* fail(SERVER_DRY_RUN);
  const validation = fieldValidation(args);
  if ('error' in validation) return yield* fail(validation.error);
  const obj = deploymentFor(names[0]!, images, Number(args.flags.replicas ?? 1), Number(args.flags.port ?? -1), args.afterDash);
  const resource = resourceForName('deployments')!;
  const output = String(args.flags.output ?? '');
  if (dryRun === 'client') return yield* printCreated(output === '' ? `${displayName(resource, names[0]!)} created (dry run)\n` : undefined, obj, output);
  const ns = flagNamespace(env, args);
  const ref = { kind: 'Deployment', name: names[0]!, namespace: ns };
  const res = yield* request({ verb: 'create', resource: 'deployments', groupVersion: 'apps/v1', namespace: ns, body: obj, fieldManager: String(args.flags['field-manager'] ?? 'kubectl-create'), step: 4, query: validation.query }, ref);
  yield* warnings(res);
  if (res.code >= 300) {
    yield* serverError(res, 'creating');
    return 1;
  }
  return yield* printCreated(output === '' ? `${displayName(resource, names[0]!)} created\n` : undefined, res.body as KubeObject, output);
}

function* printCreated(line: string | undefined, obj: KubeObject, output: string): KubectlProgram {
  if (line !== undefined) yield* out(line);
  else if (output === 'yaml') yield* out(toYaml(obj));
  else if (output === 'json') yield* out(toJson(obj));
  else if (output === 'name') yield* out(`deployment.apps/${obj.metadata?.name ?? ''}\n`);
  else {
    yield { op: 'err', text: `error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,kyaml,name,yaml\n` };
    return 1;
  }
  return 0;
}
