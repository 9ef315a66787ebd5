// `kubectl create namespace NAME`: the Namespace kubectl's generator builds (a name and
// nothing else), POSTed; the API server gives it its phase and its name label.
import type { KubeObject } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import type { KubectlEnv, KubectlProgram } from '../program';
import { createGenerated, failWith, generatorName } from './createGenerated';

export function* createNamespace(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const named = generatorName(args, 'namespace');
  if ('error' in named) return yield* failWith(named.error);
  const obj = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: named.name }, spec: {}, status: {} } as KubeObject;
  return yield* createGenerated(env, args, 'namespaces', obj);
}
