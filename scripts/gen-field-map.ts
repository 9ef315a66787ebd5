// Generates src/engine/manifest/generated/fieldMap.ts: which fields each API type has and
// what type each field holds, for the kinds the simulated API server serves (resources.ts)
// and every type nested under them. The API server's strict decoding (unknown fields) and
// its JSON type errors need this; kubernetes-models ships only compiled validators and
// .d.ts files, so the map is read from the .d.ts interfaces (structure) and the compiled
// validators (int32 vs int64). Deterministic: same package version → same bytes.
//
//   npx tsx scripts/gen-field-map.ts          write the file
//   npx tsx scripts/gen-field-map.ts --check  exit 1 when the committed file is stale
import ts from 'typescript';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESOURCES } from '../src/engine/api/resources';
import { shortNames } from './lib/shortNames';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const modelsDir = join(root, 'node_modules/kubernetes-models');
const machineryDir = join(root, 'node_modules/@kubernetes-models/apimachinery');
const outFile = join(root, 'src/engine/manifest/generated/fieldMap.ts');

/** Types that hold free-form JSON in Go (FieldsV1, RawExtension): never checked. */
const FREE_FORM = new Set(['IIoK8sApimachineryPkgApisMetaV1FieldsV1', 'IIoK8sApimachineryPkgRuntimeRawExtension']);
/** Type aliases with a custom Go JSON decoder. */
const ALIASES: Record<string, string> = {
  IIoK8sApimachineryPkgApiResourceQuantity: 'q',
  IIoK8sApimachineryPkgUtilIntstrIntOrString: 'ios',
  IIoK8sApimachineryPkgApisMetaV1Time: 't',
  IIoK8sApimachineryPkgApisMetaV1MicroTime: 't',
};

interface TypeInfo {
  longName: string;
  file: string;
  props: [string, string][];
}

const types = new Map<string, TypeInfo>();
const queue: { longName: string; file: string }[] = [];

function dtsFileFor(groupVersion: string, kind: string): string {
  const dir = groupVersion === 'v1' ? 'v1' : groupVersion;
  return join(modelsDir, dir, `${kind}.d.ts`);
}

function resolveModule(fromFile: string, spec: string): string {
  if (spec.startsWith('.')) return resolve(dirname(fromFile), `${spec}.d.ts`);
  const prefix = '@kubernetes-models/apimachinery/';
  if (spec.startsWith(prefix)) return join(machineryDir, `${spec.slice(prefix.length)}.d.ts`);
  throw new Error(`unexpected import ${spec} in ${fromFile}`);
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
}

/** The long alias (IIoK8sApiCoreV1Pod) a file exports its interface under. */
function exportedLongName(sf: ts.SourceFile): string {
  for (const st of sf.statements) {
    if (!ts.isExportDeclaration(st) || !st.exportClause || !ts.isNamedExports(st.exportClause)) continue;
    for (const el of st.exportClause.elements) {
      if (el.name.text.startsWith('II')) return el.name.text;
    }
  }
  throw new Error(`no exported interface alias in ${sf.fileName}`);
}

function importsOf(sf: ts.SourceFile): Map<string, string> {
  const map = new Map<string, string>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !st.importClause?.namedBindings) continue;
    const spec = (st.moduleSpecifier as ts.StringLiteral).text;
    if (spec === '@kubernetes-models/base') continue;
    const nb = st.importClause.namedBindings;
    if (ts.isNamedImports(nb)) for (const el of nb.elements) map.set(el.name.text, resolveModule(sf.fileName, spec));
  }
  return map;
}

function typeCode(node: ts.TypeNode, imports: Map<string, string>): string {
  if (node.kind === ts.SyntaxKind.StringKeyword) return 's';
  if (node.kind === ts.SyntaxKind.BooleanKeyword) return 'b';
  if (node.kind === ts.SyntaxKind.NumberKeyword) return 'n';
  if (node.kind === ts.SyntaxKind.AnyKeyword || node.kind === ts.SyntaxKind.UnknownKeyword) return 'any';
  if (ts.isLiteralTypeNode(node) || ts.isUnionTypeNode(node)) return 's'; // enum of string literals
  if (ts.isTypeLiteralNode(node)) {
    const sig = node.members.find(ts.isIndexSignatureDeclaration);
    if (sig?.type) return `{}${typeCode(sig.type, imports)}`;
    return inlineObject(node);
  }
  if (ts.isArrayTypeNode(node)) return `[]${typeCode(node.elementType, imports)}`;
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    const arg = node.typeArguments?.[0];
    if (name === 'Array' && arg) return `[]${typeCode(arg, imports)}`;
    const alias = ALIASES[name];
    if (alias) return alias;
    if (FREE_FORM.has(name)) return 'any';
    const file = imports.get(name);
    if (!file) throw new Error(`unresolved type ${name}`);
    if (!types.has(name) && !queue.some((q) => q.longName === name)) queue.push({ longName: name, file });
    return `@${name}`;
  }
  throw new Error(`unsupported type node ${ts.SyntaxKind[node.kind]}`);
}

/**
 * StatefulSet's volumeClaimTemplates is the one inline object type in our kinds: it is a
 * PersistentVolumeClaim, so point at that type instead of inventing one.
 */
function inlineObject(node: ts.TypeLiteralNode): string {
  const names = node.members.map((m) => m.name?.getText().replace(/"/g, ''));
  if (!['apiVersion', 'kind', 'metadata', 'spec', 'status'].every((n) => names.includes(n))) return 'any';
  const longName = 'IIoK8sApiCoreV1PersistentVolumeClaim';
  const file = join(modelsDir, 'v1', 'PersistentVolumeClaim.d.ts');
  if (!types.has(longName) && !queue.some((q) => q.longName === longName)) queue.push({ longName, file });
  return `@${longName}`;
}

function readType(longName: string, file: string): void {
  const sf = parse(file);
  const imports = importsOf(sf);
  const iface = sf.statements.find(ts.isInterfaceDeclaration);
  if (!iface) throw new Error(`no interface in ${file}`);
  const props: [string, string][] = [];
  for (const m of iface.members) {
    if (!ts.isPropertySignature(m) || !m.type) continue;
    const name = ts.isStringLiteral(m.name) ? m.name.text : m.name.getText();
    props.push([name, typeCode(m.type, imports)]);
  }
  types.set(longName, { longName, file, props });
}

// --- int32 / int64 / float64, read from the compiled ajv validators ---------------------

function schemaSource(longName: string): string {
  const base = longName.slice(1); // IoK8s...
  const dir = base.startsWith('IoK8sApimachinery') ? machineryDir : modelsDir;
  const file = join(dir, '_schemas', `${base}.mjs`);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

function functionBody(src: string, fn: string): string {
  const start = src.indexOf(`function ${fn}(`);
  if (start < 0) return '';
  const next = src.indexOf('function validate', start + 10);
  return src.slice(start, next < 0 ? undefined : next);
}

function numberKind(src: string, fn: string, depth = 0): string {
  const body = functionBody(src, fn);
  const fmt = /formats(\d+)\.validate/.exec(body);
  if (fmt) {
    const decl = new RegExp(`let formats${fmt[1]}=formats\\.(\\w+)`).exec(src);
    if (decl?.[1] === 'int64') return 'i64';
    if (decl?.[1] === 'int32') return 'i32';
  }
  if (body.includes('!(data%1)')) return 'i64';
  const item = /(validate\d+)\(data\[i\d+\]/.exec(body);
  if (item?.[1] && depth < 2) return numberKind(src, item[1], depth + 1);
  return body ? 'f64' : 'i32';
}

function refineNumbers(info: TypeInfo): void {
  const src = schemaSource(info.longName);
  info.props = info.props.map(([name, code]) => {
    if (!/(^|[\]}])n$/.test(code)) return [name, code];
    const m = new RegExp(`void 0===data\\.${name}\\|\\|(validate\\d+)\\(`).exec(src);
    const kind = m?.[1] ? numberKind(src, m[1]) : 'i32';
    return [name, code.slice(0, -1) + kind];
  });
}

// --- short, unique names ----------------------------------------------------------------


function render(): string {
  const names = shortNames(types.keys());
  const rootLines: string[] = [];
  for (const r of RESOURCES) {
    const long = exportedLongName(parse(dtsFileFor(r.groupVersion, r.kind)));
    rootLines.push(`  '${r.groupVersion}/${r.kind}': '${names.get(long)}',`);
  }
  const typeLines = [...types.values()]
    .map((t) => [names.get(t.longName) ?? '', t.props] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([n, props]) => {
      const body = props.map(([p, c]) => `${p}:${c.replace(/@(\w+)/, (_, l: string) => names.get(l) ?? l)}`).join(',');
      return `  '${n}': '${body}',`;
    });
  return [
    '// Generated by scripts/gen-field-map.ts from kubernetes-models 4.5.1. Do not edit.',
    '// Each type lists `field:type`; types: s string, b bool, i32/i64/f64 numbers, q Quantity,',
    '// ios IntOrString, t Time, any free-form JSON, []X list of X, {}X map of X, else a type name.',
    'export const ROOT_TYPES: Readonly<Record<string, string>> = {',
    ...rootLines,
    '};',
    'export const TYPES: Readonly<Record<string, string>> = {',
    ...typeLines,
    '};',
    '',
  ].join('\n');
}

function main(): void {
  for (const r of RESOURCES) {
    const file = dtsFileFor(r.groupVersion, r.kind);
    queue.push({ longName: exportedLongName(parse(file)), file });
  }
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (!types.has(next.longName)) readType(next.longName, next.file);
  }
  for (const info of types.values()) refineNumbers(info);
  const text = render();
  if (process.argv.includes('--check')) {
    const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
    if (current !== text) {
      console.error(`${outFile} is stale: run npx tsx scripts/gen-field-map.ts`);
      process.exit(1);
    }
    console.log('field map is up to date');
    return;
  }
  writeFileSync(outFile, text);
  console.log(`wrote ${outFile}: ${types.size} types, ${text.length} bytes`);
}

main();
