import type { KubeObject } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { fieldValidation, nameOf, objectNamespace, serverError, stringList, warnings } from '../common';
import { displayName, readManifests } from '../files';
import { note, out, request, type KubectlEnv, type KubectlProgram } from '../program';

/** `kubectl create -f`: POST each object; an existing one is an AlreadyExists error. */
export function* create(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const files = stringList(args.flags.filename);
  if (files.length === 0) {
    yield { op: 'err', text: "error: must specify one of -f and -k\n\nSee 'kubectl create -h' for help and examples\n" };
    return 1;
  }
  const validation = fieldValidation(args);
  if ('error' in validation) {
    yield { op: 'err', text: validation.error + '\n' };
    return 1;
  }
  const objects = yield* readManifests(env, files, args.flags.recursive === true, 'create');
  if (!objects) return 1;
  let code = 0;
  for (const m of objects) {
    const where = objectNamespace(env, args, m);
    if (where.error) {
      yield { op: 'err', text: where.error + '\n' };
      code = 1;
      continue;
    }
    const ref = { kind: m.object.kind, name: nameOf(m.object), ...(where.ns ? { namespace: where.ns } : {}) };
    yield* note('manifest.validate', { step: 3, ref, detail: { source: m.source, apiVersion: m.object.apiVersion, kind: m.object.kind, objects: objects.length } });
    const res = yield* request(
      { verb: 'create', resource: m.resource.resource, groupVersion: m.resource.groupVersion, ...(where.ns ? { namespace: where.ns } : {}), body: m.object, fieldManager: 'kubectl-create', step: 4, query: validation.query },
      ref,
    );
    yield* warnings(res);
    if (res.code >= 300) {
      yield* serverError(res, 'creating', m);
      code = 1;
      continue;
    }
    yield* out(`${displayName(m.resource, nameOf(res.body as KubeObject))} created\n`);
  }
  return code;
}
