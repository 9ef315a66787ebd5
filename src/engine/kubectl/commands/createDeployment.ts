// `kubectl create deployment NAME --image=IMG [--replicas=N] [--port=P] [-- COMMAND…]`:
// builds the Deployment kubectl's generator builds (labels app=NAME, one container per
// image named after it) and POSTs it; the controllers then make its ReplicaSet and Pods.
import type { KubeObject } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { stringList } from '../common';
import type { KubectlEnv, KubectlProgram } from '../program';
import { createGenerated, failWith, generatorName } from './createGenerated';

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
  const named = generatorName(args, 'deployment');
  if ('error' in named) return yield* failWith(named.error);
  const images = stringList(args.flags.image);
  if (images.length === 0) return yield* failWith('error: required flag(s) "image" not set');
  const obj = deploymentFor(named.name, images, Number(args.flags.replicas ?? 1), Number(args.flags.port ?? -1), args.afterDash);
  return yield* createGenerated(env, args, 'deployments', obj);
}
