import { resourceForName, type ResourceInfo } from '../../api/resources';
import { ROOT_TYPES, TYPES } from '../../manifest/generated/fieldMap';
import type { ParsedArgs } from '../cli';
import { wrapString } from '../cli/wordwrap';
import type { KubectlEnv, KubectlProgram } from '../program';
import { explainDocsPart } from '../../parts';
import type { FieldDoc } from './explain/generated/docs';

/** One field of a type: its field-map code (`s`, `[]Container`, `{}q`…) and its docs. */
interface Field {
  name: string;
  code: string;
  required: boolean;
  description: string;
  enumValues: string[];
}

/** The field map's codes for scalars, as explain's typeGuess names them. */
const SCALARS: Record<string, string> = { s: 'string', b: 'boolean', i32: 'integer', i64: 'integer', f64: 'number', t: 'string', q: 'Quantity', ios: 'IntOrString', any: 'Object' };
/** Scalars that are references in the schema: their own description follows a field's. */
const REFERENCED_SCALARS: Record<string, string> = { t: 'Time', q: 'Quantity', ios: 'IntOrString' };

/** `<[]Container>`, `<map[string]Quantity>`, `<PodSpec>`. */
function typeName(code: string): string {
  if (code.startsWith('[]')) return `[]${typeName(code.slice(2))}`;
  if (code.startsWith('{}')) return `map[string]${typeName(code.slice(2))}`;
  return SCALARS[code] ?? code.split('.').pop() ?? code;
}

/** The object type a code leads to through lists and maps, if any. */
function objectType(code: string): string | undefined {
  const inner = code.replace(/^(\[\]|\{\})+/, '');
  return SCALARS[inner] === undefined ? inner : undefined;
}

function fieldsOf(type: string, isRoot: boolean): Field[] {
  const docs = new Map<string, FieldDoc>((explainDocsPart()[type]?.[1] ?? []).map((f) => [f[0], f]));
  const fields = (TYPES[type] ?? '').split(',').filter(Boolean).map((entry) => {
    const colon = entry.indexOf(':');
    const name = entry.slice(0, colon);
    const doc = docs.get(name);
    // TypeMeta's fields are required in the TypeScript models, never in the schema.
    const required = doc?.[1] === 1 && !(isRoot && (name === 'apiVersion' || name === 'kind'));
    return { name, code: entry.slice(colon + 1), required, description: doc?.[2] ?? '', enumValues: doc?.[3] ?? [] };
  });
  return fields.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `wrap N | indent M`: go-wordwrap to N columns, every line (blank ones too) indented by M. */
function wrapIndent(text: string, width: number, indent: number): string {
  const pad = ' '.repeat(indent);
  return pad + wrapString(text, width).replace(/\n/g, '\n' + pad);
}

/** The description template: the field's own, then the referenced type's (through lists and maps). */
function longDescription(field: Field): string {
  let text = field.description ? field.description + '\n' : '';
  const inner = field.code.replace(/^(\[\]|\{\})+/, '');
  const referenced = REFERENCED_SCALARS[inner] ?? objectType(field.code);
  const typeDoc = referenced ? explainDocsPart()[referenced]?.[0] : undefined;
  if (typeDoc) text += typeDoc + '\n';
  return text;
}

/** fieldDetail: `  name\t<type> -required-`, an `enum:` line, and (unless short) the description. */
function fieldDetail(f: Field, level: number, short: boolean): string {
  const indent = level * 2;
  let s = `${' '.repeat(indent)}${f.name}\t<${typeName(f.code)}>${f.required ? ' -required-' : ''}`;
  if (f.enumValues.length > 0) {
    const shown = f.enumValues.slice(0, 4).map((v) => (v === '' ? '""' : v));
    s += `\n${' '.repeat(indent)}enum: ${shown.join(', ')}${f.enumValues.length > 4 ? ', ....' : ''}`;
  }
  s += '\n';
  if (!short) s += wrapIndent(f.description || '<no description>', 78 - indent, indent + 2) + '\n\n';
  return s;
}

/** fieldList: every field in name order; `--recursive` nests each object type once per path. */
function fieldList(type: string, level: number, recursive: boolean, path: string[], isRoot: boolean): string {
  let s = '';
  for (const f of fieldsOf(type, isRoot)) {
    s += fieldDetail(f, level, recursive);
    const inner = objectType(f.code);
    if (recursive && inner && !path.includes(inner)) s += fieldList(inner, level + 1, true, [...path, inner], false);
  }
  return s;
}

function header(resource: ResourceInfo): string {
  const slash = resource.groupVersion.indexOf('/');
  const group = slash < 0 ? '' : `GROUP:      ${resource.groupVersion.slice(0, slash)}\n`;
  return `${group}KIND:       ${resource.kind}\nVERSION:    ${resource.groupVersion.slice(slash + 1)}\n\n`;
}

/** The body after the header: the description and fields of the type at the end of the path. */
export function explainText(resource: ResourceInfo, path: string[], recursive: boolean): string | { error: string } {
  let type = ROOT_TYPES[`${resource.groupVersion}/${resource.kind}`] ?? '';
  let field: Field | undefined;
  for (const segment of path) {
    const found = fieldsOf(type, field === undefined).find((f) => f.name === segment);
    const next = found ? objectType(found.code) : undefined;
    if (!found) return { error: `error: field "${segment}" does not exist` };
    field = found;
    type = next ?? '';
  }
  let s = '';
  let description = (explainDocsPart()[type]?.[0] ?? '') + '\n';
  if (field) {
    s += `FIELD: ${field.name} <${typeName(field.code)}>\n`;
    if (field.enumValues.length > 0) s += `ENUM:\n${field.enumValues.map((v) => `    ${v === '' ? '""' : v}\n`).join('')}`;
    s += '\n';
    description = longDescription(field);
  }
  s += 'DESCRIPTION:\n' + wrapIndent(description.trim() === '' ? '<empty>' : description, 76, 4) + '\n';
  const fields = type ? fieldList(type, 1, recursive, [type], field === undefined) : '';
  if (fields) s += 'FIELDS:\n' + fields;
  return s + '\n';
}

/**
 * `kubectl explain pods`, `explain pod.spec.containers.ports`: the schema of a kind or of a
 * field, in the plaintext template of kubectl v1.35 (KIND, VERSION, FIELD, DESCRIPTION,
 * FIELDS with `<type>` and `-required-`), from the OpenAPI descriptions.
 */
export function* explain(_env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const arg = args.positional[0];
  if (arg === undefined) {
    yield { op: 'err', text: 'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n' };
    return 1;
  }
  if (args.positional.length > 1) {
    yield { op: 'err', text: `error: We accept only this format: explain RESOURCE\n` };
    return 1;
  }
  const output = String(args.flags.output ?? 'plaintext');
  if (output !== 'plaintext') {
    yield { op: 'err', text: `error: Pod Lab's kubectl explain prints only the plaintext format\n` };
    return 1;
  }
  const [name = '', ...path] = arg.split('.');
  const resource = resourceForName(name);
  if (!resource) {
    yield { op: 'err', text: `error: the server doesn't have a resource type "${name}"\n` };
    return 1;
  }
  const body = explainText(resource, path, args.flags.recursive === true);
  if (typeof body !== 'string') {
    yield { op: 'err', text: body.error + '\n' };
    return 1;
  }
  yield { op: 'out', text: header(resource) + body };
  return 0;
}
