// Generates src/engine/kubectl/commands/explain/generated/docs.ts: what `kubectl explain`
// prints about each API type the simulated API server serves — the type's description,
// each field's description, which fields are required, and the values of enum fields.
// The structure (fields and their types) is the manifest layer's generated field map;
// this adds the words. They come from the JSDoc that kubernetes-models copied from the
// OpenAPI schemas into its .d.ts files. Deterministic: same package version → same bytes.
//
//   npx tsx scripts/gen-explain.ts          write the file
//   npx tsx scripts/gen-explain.ts --check  exit 1 when the committed file is stale
import ts from 'typescript';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESOURCES } from '../src/engine/api/resources';
import { TYPES } from '../src/engine/manifest/generated/fieldMap';
import { shortNames } from './lib/shortNames';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const modelsDir = join(root, 'node_modules/kubernetes-models');
const machineryDir = join(root, 'node_modules/@kubernetes-models/apimachinery');
const outFile = join(root, 'src/engine/kubectl/commands/explain/generated/docs.ts');

/**
 * apimachinery's Quantity has no doc comment in kubernetes-models; this is its OpenAPI
 * description (k8s.io/apimachinery/pkg/api/resource, as the API server publishes it).
 */
const QUANTITY_DOC = [
  'Quantity is a fixed-point representation of a number. It provides convenient marshaling/unmarshaling in JSON and YAML, in addition to String() and AsInt64() accessors.',
  '',
  'The serialization format is:',
  '',
  '``` <quantity>        ::= <signedNumber><suffix>',
  '',
  '\t(Note that <suffix> may be empty, from the "" case in <decimalSI>.)',
  '',
  '<digit>           ::= 0 | 1 | ... | 9 <digits>          ::= <digit> | <digit><digits> <number>          ::= <digits> | <digits>.<digits> | <digits>. | .<digits> <sign>            ::= "+" | "-" <signedNumber>    ::= <number> | <sign><number> <suffix>          ::= <binarySI> | <decimalExponent> | <decimalSI> <binarySI>        ::= Ki | Mi | Gi | Ti | Pi | Ei',
  '',
  '\t(International System of units; See: http://physics.nist.gov/cuu/Units/binary.html)',
  '',
  '<decimalSI>       ::= m | "" | k | M | G | T | P | E',
  '',
  "\t(Note that 1024 = 1Ki but 1000 = 1k; I didn't choose the capitalization.)",
  '',
  '<decimalExponent> ::= "e" <signedNumber> | "E" <signedNumber> ```',
  '',
  'No matter which of the three exponent forms is used, no quantity may represent a number greater than 2^63-1 in magnitude, nor may it have more than 3 decimal places. Numbers larger or more precise will be capped or rounded up. (E.g.: 0.1m will rounded up to 1m.) This may be extended in the future if we require larger or smaller quantities.',
  '',
  'When a Quantity is parsed from a string, it will remember the type of suffix it had, and will use the same type again when it is serialized.',
  '',
  'Before serializing, Quantity will be put in "canonical form". This means that Exponent/suffix will be adjusted up or down (with a corresponding increase or decrease in Mantissa) such that:',
  '',
  '- No precision is lost - No fractional digits will be emitted - The exponent (or suffix) is as large as possible.',
  '',
  'The sign will be omitted unless the number is negative.',
  '',
  'Examples:',
  '',
  '- 1.5 will be serialized as "1500m" - 1.5Gi will be serialized as "1536Mi"',
  '',
  'Note that the quantity will NEVER be internally represented by a floating point number. That is the whole point of this exercise.',
  '',
  "Non-canonical values will still parse as long as they are well formed, but will be re-emitted in their canonical form. (So always use canonical form, or don't diff.)",
  '',
  'This format is intended to make it difficult to use these numbers without writing some sort of special handling code in the hopes that that will cause implementors to also use a fixed point implementation.',
].join('\n');

/** TypeMeta's field docs, which the models' kind interfaces inherit without comments. */
const TYPE_META_DOCS: Record<string, string> = {
  apiVersion:
    'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
  kind: 'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
};

interface TypeDoc {
  description: string;
  fields: { name: string; required: boolean; description: string; enumValues: string[] }[];
}

const docs = new Map<string, TypeDoc>();
const queue: { longName: string; file: string }[] = [];

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
}

function resolveModule(fromFile: string, spec: string): string {
  if (spec.startsWith('.')) return resolve(dirname(fromFile), `${spec}.d.ts`);
  const prefix = '@kubernetes-models/apimachinery/';
  if (spec.startsWith(prefix)) return join(machineryDir, `${spec.slice(prefix.length)}.d.ts`);
  throw new Error(`unexpected import ${spec} in ${fromFile}`);
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

/** The text of the `/** … *\/` comment right before a node, as the schema's description. */
function jsDoc(node: ts.Node, sf: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? [];
  const last = ranges.filter((r) => sf.text.startsWith('/**', r.pos)).pop();
  if (!last) return '';
  const body = sf.text.slice(last.pos + 3, last.end - 2);
  return body
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

function exportedLongName(sf: ts.SourceFile): string {
  for (const st of sf.statements) {
    if (!ts.isExportDeclaration(st) || !st.exportClause || !ts.isNamedExports(st.exportClause)) continue;
    for (const el of st.exportClause.elements) if (el.name.text.startsWith('II')) return el.name.text;
  }
  throw new Error(`no exported interface alias in ${sf.fileName}`);
}

/** Referenced types, queued; literal unions are enums. */
function visitType(node: ts.TypeNode, imports: Map<string, string>): string[] {
  if (ts.isUnionTypeNode(node)) {
    const literals = node.types.filter(ts.isLiteralTypeNode).map((t) => (t.literal as ts.StringLiteral).text);
    return literals.length === node.types.length ? literals : [];
  }
  if (ts.isArrayTypeNode(node)) visitType(node.elementType, imports);
  if (ts.isTypeLiteralNode(node)) {
    const sig = node.members.find(ts.isIndexSignatureDeclaration);
    if (sig?.type) visitType(sig.type, imports);
  }
  if (ts.isTypeReferenceNode(node)) {
    for (const arg of node.typeArguments ?? []) visitType(arg, imports);
    const file = imports.get(node.typeName.getText());
    if (file) queue.push({ longName: node.typeName.getText(), file });
  }
  return [];
}

function readType(longName: string, file: string): void {
  const sf = parse(file);
  const imports = importsOf(sf);
  const iface = sf.statements.find(ts.isInterfaceDeclaration);
  const alias = sf.statements.find(ts.isTypeAliasDeclaration);
  const doc: TypeDoc = { description: jsDoc(iface ?? alias ?? sf.statements[0]!, sf), fields: [] };
  if (longName === 'IIoK8sApimachineryPkgApiResourceQuantity') doc.description = QUANTITY_DOC;
  for (const m of iface?.members ?? []) {
    if (!ts.isPropertySignature(m) || !m.type) continue;
    const name = ts.isStringLiteral(m.name) ? m.name.text : m.name.getText();
    const enumValues = visitType(m.type, imports);
    const description = jsDoc(m, sf) || TYPE_META_DOCS[name] || '';
    doc.fields.push({ name, required: !m.questionToken, description, enumValues });
  }
  docs.set(longName, doc);
}


function render(): string {
  const names = shortNames(docs.keys(), { unversioned: true });
  const lines: string[] = [];
  const entries = [...docs.entries()].map(([long, d]) => [names.get(long) ?? long, d] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [name, d] of entries) {
    if (!TYPES[name] && !['Quantity', 'IntOrString', 'Time', 'MicroTime'].includes(name)) continue;
    const fields = d.fields.map((f) => [f.name, f.required ? 1 : 0, f.description, ...(f.enumValues.length ? [f.enumValues] : [])]);
    lines.push(`  ${JSON.stringify(name)}: ${JSON.stringify([d.description, fields])},`);
  }
  return [
    '// Generated by scripts/gen-explain.ts from kubernetes-models 4.5.1. Do not edit.',
    '// Per API type: [description, [[field, required (1|0), description, enum values?], …]].',
    'export type FieldDoc = [string, number, string] | [string, number, string, string[]];',
    'export const EXPLAIN_DOCS: Readonly<Record<string, [string, FieldDoc[]]>> = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}

function main(): void {
  for (const r of RESOURCES) {
    const dir = r.groupVersion === 'v1' ? 'v1' : r.groupVersion;
    const file = join(modelsDir, dir, `${r.kind}.d.ts`);
    queue.push({ longName: exportedLongName(parse(file)), file });
  }
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (!docs.has(next.longName)) readType(next.longName, next.file);
  }
  const text = render();
  if (process.argv.includes('--check')) {
    const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
    if (current !== text) {
      console.error(`${outFile} is stale: run npx tsx scripts/gen-explain.ts`);
      process.exit(1);
    }
    console.log('explain docs are up to date');
    return;
  }
  writeFileSync(outFile, text);
  console.log(`wrote ${outFile}: ${docs.size} types, ${text.length} bytes`);
}

main();
