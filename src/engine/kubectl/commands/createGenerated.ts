// What every `kubectl create <kind> NAME …` generator shares once it has built its object:
// --dry-run, field validation, the POST, and printing the result by -o.
import type { KubeObject } from '../../api/objects';
import { resourceForName } from '../../api/resources';
import type { ParsedArgs } from '../cli';
import { fieldValidation, flagNamespace, serverError, warnings } from '../common';
import { out, request, type KubectlEnv, type KubectlProgram } from '../program';
import { dryRunQuery, dryRunStrategy, dryRunSuffix } from './dryRun';
import { outputFormatError, printedObject } from './printObject';

export function* failWith(text: string): KubectlProgram {
  yield { op: 'err', text: text + '\n' };
  return 1;
}

/** The one NAME a generator takes (before any `--`), or kubectl's error when there is not exactly one. */
export function generatorName(args: ParsedArgs, command: string): { name: string } | { error: string } {
  const names = args.positional.slice(0, args.dashIndex < 0 ? undefined : args.dashIndex);
  if (names.length === 1) return { name: names[0]! };
  return { error: `error: exactly one NAME is required, got ${names.length}\nSee 'kubectl create ${command} -h' for help and examples` };
}

/**
 * Send `obj` (a `resource` such as 'deployments') as `kubectl create` does — with
 * `?dryRun=All` under --dry-run=server — or only print it under --dry-run=client.
 */
export function* createGenerated(env: KubectlEnv, args: ParsedArgs, resourceName: string, obj: KubeObject): KubectlProgram {
  const resource = resourceForName(resourceName)!;
  const name = obj.metadata?.name ?? '';
  const dryRun = dryRunStrategy(args.flags);
  if (typeof dryRun !== 'string') return yield* failWith(dryRun.error);
  const output = String(args.flags.output ?? '');
  const badOutput = outputFormatError(output);
  if (badOutput) return yield* failWith(badOutput);
  const validation = fieldValidation(args);
  if ('error' in validation) return yield* failWith(validation.error);
  const operation = 'created' + dryRunSuffix(dryRun);
  if (dryRun === 'client') {
    yield* out(printedObject(obj, resource, output, operation));
    return 0;
  }
  const ns = resource.namespaced ? flagNamespace(env, args) : undefined;
  const ref = { kind: resource.kind, name, ...(ns ? { namespace: ns } : {}) };
  const fieldManager = String(args.flags['field-manager'] ?? 'kubectl-create');
  const query = { ...dryRunQuery(dryRun), ...validation.query };
  const res = yield* request({ verb: 'create', resource: resource.resource, groupVersion: resource.groupVersion, ...(ns ? { namespace: ns } : {}), body: obj, fieldManager, step: 4, query }, ref);
  yield* warnings(res);
  if (res.code >= 300) {
    yield* serverError(res, 'creating');
    return 1;
  }
  yield* out(printedObject(res.body as KubeObject, resource, output, operation));
  return 0;
}
