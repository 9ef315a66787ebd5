// What every `kubectl create <kind> NAME …` generator shares once it has built its object:
// --dry-run, field validation, the POST, and printing the result by -o.
import type { KubeObject } from '../../api/objects';
import { resourceForName } from '../../api/resources';
import type { ParsedArgs } from '../cli';
import { fieldValidation, flagNamespace, serverError, warnings } from '../common';
import { displayName } from '../files';
import { toJson, toYaml } from '../printers';
import { out, request, type KubectlEnv, type KubectlProgram } from '../program';
import { SERVER_DRY_RUN } from './resourceArgs';

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

/** Send `obj` (a `resource` such as 'deployments') as `kubectl create` does, or only print it under --dry-run=client. */
export function* createGenerated(env: KubectlEnv, args: ParsedArgs, resourceName: string, obj: KubeObject): KubectlProgram {
  const resource = resourceForName(resourceName)!;
  const name = obj.metadata?.name ?? '';
  const dryRun = String(args.flags['dry-run'] ?? 'none');
  if (dryRun === 'server') return yield* failWith(SERVER_DRY_RUN);
  const validation = fieldValidation(args);
  if ('error' in validation) return yield* failWith(validation.error);
  const output = String(args.flags.output ?? '');
  if (dryRun === 'client') return yield* printCreated(output === '' ? `${displayName(resource, name)} created (dry run)\n` : undefined, obj, output, displayName(resource, name));
  const ns = resource.namespaced ? flagNamespace(env, args) : undefined;
  const ref = { kind: resource.kind, name, ...(ns ? { namespace: ns } : {}) };
  const fieldManager = String(args.flags['field-manager'] ?? 'kubectl-create');
  const res = yield* request({ verb: 'create', resource: resource.resource, groupVersion: resource.groupVersion, ...(ns ? { namespace: ns } : {}), body: obj, fieldManager, step: 4, query: validation.query }, ref);
  yield* warnings(res);
  if (res.code >= 300) {
    yield* serverError(res, 'creating');
    return 1;
  }
  return yield* printCreated(output === '' ? `${displayName(resource, name)} created\n` : undefined, res.body as KubeObject, output, displayName(resource, name));
}

function* printCreated(line: string | undefined, obj: KubeObject, output: string, shownName: string): KubectlProgram {
  if (line !== undefined) yield* out(line);
  else if (output === 'yaml') yield* out(toYaml(obj));
  else if (output === 'json') yield* out(toJson(obj));
  else if (output === 'name') yield* out(`${shownName}\n`);
  else return yield* failWith(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,kyaml,name,yaml`);
  return 0;
}
