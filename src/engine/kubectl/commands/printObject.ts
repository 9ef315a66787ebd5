// How a command that writes prints what it wrote (genericclioptions.PrintFlags with a
// success operation): `-o yaml|json` print the object, `-o name` its KIND/NAME, and no -o
// `KIND/NAME OPERATION` — `pod/web created`, `pod/web configured (server dry run)`.
import type { KubeObject } from '../../api/objects';
import type { ResourceInfo } from '../../api/resources';
import { displayName } from '../files';
import { toJson, toYaml } from '../printers';

const FORMATS = ['', 'yaml', 'json', 'name'];

/** PrintFlags.AllowedFormats: JSON/YAML, name and the template printers, sorted. */
const KUBECTL_FORMATS = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'kyaml', 'name', 'template', 'templatefile', 'yaml'];

/**
 * kubectl's error for an -o it has no printer for; Pod Lab's for one kubectl has but
 * these commands do not simulate (kyaml and the templates); undefined when they can print it.
 */
export function outputFormatError(output: string): string | undefined {
  if (FORMATS.includes(output)) return undefined;
  const format = output.split('=')[0]!;
  if (KUBECTL_FORMATS.includes(format)) return `error: Pod Lab does not simulate -o ${format} for this command yet; use -o yaml, -o json or -o name`;
  return `error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${KUBECTL_FORMATS.join(',')}`;
}

/** The text kubectl prints for `obj` by -o, `operation` (with any dry-run suffix) naming what was done. */
export function printedObject(obj: KubeObject, resource: ResourceInfo, output: string, operation: string): string {
  if (output === 'yaml') return toYaml(obj);
  if (output === 'json') return toJson(obj);
  const shown = displayName(resource, obj.metadata?.name ?? '');
  return output === 'name' ? `${shown}\n` : `${shown} ${operation}\n`;
}

/** The objects under -o yaml|json, as `kubectl apply` prints them at the end: one object, or a v1 List of several. */
export function printedObjects(objs: KubeObject[], output: string): string {
  if (objs.length === 1) return output === 'json' ? toJson(objs[0]) : toYaml(objs[0]);
  return output === 'json' ? listJson(objs, 'List') : toYaml({ apiVersion: 'v1', items: objs, kind: 'List', metadata: {} });
}

/**
 * apply's List (and events' EventList) is a typed list, which Go's JSON encoder writes in
 * its fields' declared order (kind, apiVersion, metadata, items); the items inside keep
 * sorted keys. The YAML printer goes through a map, so there every key is sorted.
 */
export function listJson(objs: KubeObject[], kind: 'List' | 'EventList'): string {
  const items = toJson(objs).trimEnd().replace(/\n/g, '\n    ');
  return `{\n    "kind": "${kind}",\n    "apiVersion": "v1",\n    "metadata": {},\n    "items": ${items}\n}\n`;
}
