import type { KubeObject } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { fieldValidation, nameOf, objectNamespace, serverError, stringList, warnings, withNamespace } from '../common';
import { readManifests } from '../files';
import { note, out, request, type KubectlEnv, type KubectlProgram } from '../program';
import { failWith } from './createGenerated';
import { dryRunQuery, dryRunStrategy, dryRunSuffix } from './dryRun';
import { outputFormatError, printedObject } from './printObject';

/**
 * `kubectl create -f`: POST each object; an existing one is an AlreadyExists error.
 * --dry-run=client only prints each object as it would be sent, without asking the
 * server anything; --dry-run=server sends it with `?dryRun=All`.
 */
export function* create(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const files = stringList(args.flags.filename);
  if (files.length === 0) return yield* failWith("error: must specify one of -f and -k\n\nSee 'kubectl create -h' for help and examples");
  const dryRun = dryRunStrategy(args.flags);
  if (typeof dryRun !== 'string') return yield* failWith(dryRun.error);
  const output = String(args.flags.output ?? '');
  const badOutput = outputFormatError(output);
  if (badOutput) return yield* failWith(badOutput);
  const validation = fieldValidation(args);
  if ('error' in validation) return yield* failWith(validation.error);
  const objects = yield* readManifests(env, files, args.flags.recursive === true, 'create');
  if (!objects) return 1;
  const operation = 'created' + dryRunSuffix(dryRun);
  let code = 0;
  let printed = 0;
  for (const m of objects) {
    const where = objectNamespace(env, args, m);
    if (where.error) {
      yield { op: 'err', text: where.error + '\n' };
      code = 1;
      continue;
    }
    const obj = withNamespace(m.object, where.ns);
    const ref = { kind: m.object.kind, name: nameOf(m.object), ...(where.ns ? { namespace: where.ns } : {}) };
    yield* note('manifest.validate', { step: 3, ref, detail: { source: m.source, apiVersion: m.object.apiVersion, kind: m.object.kind, objects: objects.length } });
    if (dryRun === 'client') {
      yield* out(separator(output, printed++) + printedObject(obj, m.resource, output, operation));
      continue;
    }
    const query = { ...dryRunQuery(dryRun), ...validation.query };
    const res = yield* request(
      { verb: 'create', resource: m.resource.resource, groupVersion: m.resource.groupVersion, ...(where.ns ? { namespace: where.ns } : {}), body: obj, fieldManager: 'kubectl-create', step: 4, query },
      ref,
    );
    yield* warnings(res);
    if (res.code >= 300) {
      yield* serverError(res, 'creating', m);
      code = 1;
      continue;
    }
    yield* out(separator(output, printed++) + printedObject(res.body as KubeObject, m.resource, output, operation));
  }
  return code;
}

/** The YAML printer starts every object after its first with a document separator. */
function separator(output: string, printedBefore: number): string {
  return output === 'yaml' && printedBefore > 0 ? '---\n' : '';
}
