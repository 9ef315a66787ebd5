// `kubectl edit (TYPE NAME | TYPE/NAME | -f FILE)` (kubectl/pkg/cmd/edit, cmd/util/editor):
// GET the objects, write them (one, or a v1 List of several) under kubectl's header comment
// to /tmp/kubectl-edit-N.yaml, run the editor on it and read it back once it is closed.
// Unchanged or emptied: cancelled. Changed: for each object a two-way strategic merge
// patch from what was read to what was saved, PATCHed; an object the API server finds
// invalid reopens the file with its errors as comments, and saving that unchanged gives up,
// keeping the file. --save-config and --windows-line-endings are accepted and change
// nothing here (no last-applied annotation is written; the laptop is Linux).
import type { KubeObject } from '../../api/objects';
import type { ResourceInfo } from '../../api/resources';
import { sameJson } from '../../api/mergePatch';
import { twoWayMergePatch } from '../../api/strategicPatch';
import { decodeDoc, parseManifests } from '../../manifest';
import { canonicalJson } from '../applyPatch';
import type { ParsedArgs } from '../cli';
import { fieldValidation, nameOf, warnings } from '../common';
import { toJson, toYaml } from '../printers';
import { request, type EditorResult, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { editorCommand, hasLines, headerText, launchError, manualStrip, patchError, stripComments, type EditReason } from './editBuffer';
import { editTargets, type Target } from './editTargets';
import { printedObject } from './printObject';

type Step<T> = Generator<KubectlEffect, T, unknown>;

interface EditOptions {
  output: 'yaml' | 'json';
  print: string;
  outputPatch: boolean;
  fieldManager: string;
  query: Record<string, string>;
}

/** One pass's results (editResults): the file saved, reasons to reopen it, and what failed how. */
interface Results {
  file: string;
  reasons: EditReason[];
  invalid: number;
  notfound: number;
  retryable: number;
}

const noResults = (file = ''): Results => ({ file, reasons: [], invalid: 0, notfound: 0, retryable: 0 });

export function* edit(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const opts = options(args);
  if (typeof opts === 'string') return yield* fail(opts);
  const targets = yield* editTargets(env, args);
  if (typeof targets === 'string') return yield* fail(targets);
  if (targets.length === 0) return yield* fail('error: edit cancelled, no objects found');
  return yield* editLoop(env, targets, opts);
}

function* fail(text: string): KubectlProgram {
  yield { op: 'err', text: text + '\n' };
  return 1;
}

function options(args: ParsedArgs): EditOptions | string {
  const output = String(args.flags.output ?? '');
  if (!['', 'yaml', 'json'].includes(output)) return `error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,yaml`;
  const validation = fieldValidation(args);
  if ('error' in validation) return validation.error;
  if (String(args.flags.subresource ?? '') !== '') return 'error: Pod Lab does not simulate edit --subresource yet; edit the object itself';
  if (String(args.flags.kustomize ?? '') !== '') return 'error: Pod Lab does not simulate kustomize; name the object, or give its file with -f';
  return {
    output: output === 'json' ? 'json' : 'yaml',
    print: output,
    outputPatch: args.flags['output-patch'] === true,
    fieldManager: String(args.flags['field-manager'] ?? 'kubectl-edit'),
    query: validation.query,
  };
}

/** The object as the editor shows it: one, or several in a v1 List; JSON has no header. */
function printed(targets: Target[], opts: EditOptions): string {
  const objs = targets.map((t) => t.object);
  const obj = objs.length === 1 ? objs[0]! : { apiVersion: 'v1', items: objs, kind: 'List', metadata: {} };
  return opts.output === 'json' ? toJson(obj) : toYaml(obj);
}

/** editFn: open the editor until the edit is saved, cancelled or fails. */
function* editLoop(env: KubectlEnv, targets: Target[], opts: EditOptions): KubectlProgram {
  const editor = editorCommand(env.environ ?? {});
  let results = noResults();
  let original = '';
  let edited = '';
  let containsError = false;
  for (;;) {
    let buf = opts.output === 'yaml' ? headerText(results.reasons) : '';
    if (containsError) buf += manualStrip(edited);
    else {
      buf += printed(targets, opts);
      original = buf;
    }
    const editedBefore = edited;
    const file = `/tmp/kubectl-edit-${(yield { op: 'randomUint32' }) as number}.${opts.output}`;
    yield { op: 'writeLocal', path: file, text: buf };
    const closed = (yield { op: 'editor', editor, path: file }) as EditorResult;
    if (!closed.ok) return yield* preserved(launchError(editor, closed.error), results.file);
    edited = closed.text;
    if (containsError && stripComments(editedBefore) === stripComments(edited)) return yield* preserved('error: Edit cancelled, no valid changes were saved.', file);
    if (results.file) yield { op: 'removeLocal', path: results.file };
    if (stripComments(original) === stripComments(edited)) return yield* cancelled(file, 'Edit cancelled, no changes made.');
    if (!hasLines(edited)) return yield* cancelled(file, 'Edit cancelled, saved file was empty.');
    results = noResults(file);
    const updated = parseEdited(edited);
    if (typeof updated === 'string') {
      containsError = true;
      results.reasons.push({ head: `The edited file had a syntax error: ${updated}`, other: [] });
      continue;
    }
    const error = yield* patchAll(targets, updated, opts, results);
    if (error) return yield* preserved(error, results.file);
    if (results.retryable > 0) return yield* fail(`You can run \`kubectl replace -f ${file}\` to try this update again.`);
    if (results.notfound > 0) return yield* fail(`The edits you made on deleted resources have been saved to ${JSON.stringify(file)}`);
    if (results.invalid === 0) {
      yield { op: 'removeLocal', path: file };
      return 0;
    }
    containsError = results.reasons.length > 0;
  }
}

/** preservedFile: say where the learner's changes are kept, then the error. */
function* preserved(error: string, file: string): KubectlProgram {
  if (file) yield { op: 'err', text: `A copy of your changes has been stored to ${JSON.stringify(file)}\n` };
  return yield* fail(error);
}

function* cancelled(file: string, message: string): KubectlProgram {
  yield { op: 'removeLocal', path: file };
  yield { op: 'err', text: message + '\n' };
  return 0;
}

/** The objects in the saved file (a List's items), or the parse error kubectl's builder gives. */
function parseEdited(text: string): { object: KubeObject; resource: ResourceInfo }[] | string {
  const parsed = parseManifests(text, 'edited-file');
  if (!parsed.ok) return parsed.message.replace(/^error: /, '');
  const out: { object: KubeObject; resource: ResourceInfo }[] = [];
  for (const doc of parsed.docs) {
    const decoded = decodeDoc(doc);
    if (!decoded.ok) return decoded.message.replace(/^error: /, '');
    out.push({ object: decoded.object, resource: decoded.resource });
  }
  return out;
}

/** visitToPatch: each saved object against the one read with its UID; an error that ends the edit, if any. */
function* patchAll(targets: Target[], updated: { object: KubeObject; resource: ResourceInfo }[], opts: EditOptions, results: Results): Step<string | undefined> {
  for (const u of updated) {
    const ns = u.object.metadata?.namespace;
    const target = targets.find((t) => t.object.metadata?.uid === u.object.metadata?.uid);
    if (!target) return `error: no original object found for ${u.resource.kind.toLowerCase()} ${JSON.stringify(nameOf(u.object))}`;
    if (ns !== undefined && target.namespace !== undefined && ns !== target.namespace) {
      return `error: the namespace from the provided object "${ns}" does not match the namespace "${target.namespace}". You must pass '--namespace=${ns}' to perform this operation.`;
    }
    if (sameJson(target.object, u.object)) {
      yield { op: 'out', text: printedObject(target.object, target.resource, opts.print, 'skipped') };
      continue;
    }
    const changed = ['apiVersion', 'kind'].some((k) => target.object[k as 'kind'] !== u.object[k as 'kind']) || nameOf(target.object) !== nameOf(u.object);
    if (changed) return 'error: At least one of apiVersion, kind and name was changed';
    const patch = twoWayMergePatch(target.object, u.object);
    if (opts.outputPatch) yield { op: 'out', text: `Patch: ${canonicalJson(patch)}\n` };
    const name = nameOf(target.object);
    const ref = { kind: target.resource.kind, name, ...(target.namespace ? { namespace: target.namespace } : {}) };
    const where = { resource: target.resource.resource, groupVersion: target.resource.groupVersion, ...(target.namespace ? { namespace: target.namespace } : {}) };
    const res = yield* request({ verb: 'patch', patchType: 'strategic', ...where, name, body: patch, fieldManager: opts.fieldManager, query: opts.query }, ref);
    yield* warnings(res);
    if (res.code < 300) {
      yield { op: 'out', text: printedObject(res.body as KubeObject, target.resource, opts.print, 'edited') };
      continue;
    }
    const status = res.status ?? { apiVersion: 'v1', kind: 'Status', status: 'Failure', message: 'unknown error', reason: 'InternalError', code: res.code };
    const e = patchError(status, target.resource, name);
    yield { op: 'err', text: e.line + '\n' };
    if (e.reason) results.reasons.push(e.reason);
    results[e.kind === 'invalid' ? 'invalid' : e.kind] += 1;
  }
  return undefined;
}
