// Reading a manifest file as `kubectl apply -f` does: cut it into documents, parse each as
// YAML 1.1 the way go-yaml v2 resolves scalars (yes/no/on/off are booleans, 0777 is octal,
// 12:30 and 2001-12-14 stay strings), skip empty documents, and expand a list document
// (anything with `items`, such as `kind: List`) into its items. Duplicate keys are not an
// error: go-yaml v2 keeps the last value, and so does kubectl.
import { LineCounter, parseAllDocuments, type Document, type Node, type Tags } from 'yaml';
import { lineStarts, positionAt, splitDocuments, type DocumentChunk } from './documents';
import { offsetOfPath } from './positions';
import type { ManifestDoc, ParseOutcome, SourcePos } from './types';
import { goYamlError, goYamlText } from './yamlErrors';

/** kubectl names standard input STDIN in its messages. */
export function sourceName(source: string): string {
  return source === '-' ? 'STDIN' : source;
}

/** go-yaml v2 resolves neither sexagesimal numbers nor timestamps nor !!binary for us. */
function goYamlTags(tags: Tags): Tags {
  return tags.filter((t) => {
    const tag = t as { tag?: string; format?: string };
    return tag.format !== 'TIME' && !tag.tag?.endsWith(':timestamp') && !tag.tag?.endsWith(':binary');
  });
}

const OPTIONS = { version: '1.1', uniqueKeys: false, merge: true, customTags: goYamlTags } as const;

interface Context {
  text: string;
  source: string;
  starts: number[];
}

/** The parsed YAML tree, for positions; built only when a position is asked for. */
type RootThunk = () => Node | null;

type ChunkResult = { value: unknown; root: RootThunk } | { error: string; offset: number };

/**
 * JSON is YAML too, and a big JSON list (a generated manifest) parses far faster natively;
 * the YAML tree that positions come from is then built only if an error needs one.
 */
function parseChunk(chunk: DocumentChunk): ChunkResult {
  const head = chunk.text.trimStart()[0];
  if (head === '{' || head === '[') {
    try {
      const value: unknown = JSON.parse(chunk.text);
      let root: Node | null | undefined;
      return { value, root: () => (root === undefined ? (root = parseYaml(chunk, false) as Node | null) : root) };
    } catch {
      // not plain JSON: let the YAML parser read it and report what is wrong
    }
  }
  return parseYaml(chunk, true) as ChunkResult;
}

function parseYaml(chunk: DocumentChunk, full: boolean): ChunkResult | Node | null {
  const docs = parseAllDocuments(chunk.text, { ...OPTIONS, lineCounter: new LineCounter() });
  const list = (Array.isArray(docs) ? docs : [docs]) as Document.Parsed[];
  const doc = list[0];
  if (!full) return (doc?.contents as Node | null | undefined) ?? null;
  if (!doc) return { value: null, root: () => null };
  const err = doc.errors[0];
  if (err) {
    const before = chunk.text.slice(0, err.pos[0]).split('\n');
    const line0 = before.length - 1;
    const column0 = (before[line0] ?? '').length;
    const goErr = goYamlError(err, chunk.text, line0, column0);
    return { error: goYamlText(goErr), offset: chunk.offset + markOffset(chunk.text, goErr, line0, err.pos[0]) };
  }
  try {
    const root = doc.contents as Node | null;
    return { value: doc.toJS({ maxAliasCount: -1 }), root: () => root };
  } catch (e) {
    const anchor = /: (\S+)$/.exec(String((e as Error).message))?.[1] ?? '';
    return { error: `yaml: unknown anchor '${anchor}' referenced`, offset: chunk.offset };
  }
}

/**
 * Where to underline: the `yaml` error, except for a value running onto a line with a
 * colon, where go-yaml's line (the colon's) is the one to fix.
 */
function markOffset(text: string, goErr: { problem: string; line: number }, line0: number, pos: number): number {
  const goLine = goErr.line;
  if (goLine === line0 || !goErr.problem.startsWith('mapping values')) return pos;
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < goLine && i < lines.length; i++) offset += (lines[i] ?? '').length + 1;
  const line = lines[goLine] ?? '';
  return Math.min(offset + (line.length - line.trimStart().length), text.length);
}

function makeDoc(ctx: Context, object: Record<string, unknown>, index: number, root: RootThunk, chunk: DocumentChunk, prefix: string): ManifestDoc {
  return {
    object,
    source: ctx.source,
    index,
    positionOf(path: string): SourcePos | undefined {
      const offset = offsetOfPath(root(), prefix + path);
      return offset === undefined ? undefined : positionAt(ctx.starts, chunk.offset + offset);
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A document with `items` is a list to kubectl (unstructured's list detector); its items
 * become objects of their own. Items with neither kind nor apiVersion take them from the list.
 */
function expand(ctx: Context, value: unknown, index: number, root: RootThunk, chunk: DocumentChunk): ManifestDoc[] {
  if (!isObject(value) || !Array.isArray(value.items) || !value.apiVersion || !value.kind) {
    return [makeDoc(ctx, value as Record<string, unknown>, index, root, chunk, '')];
  }
  const itemKind = String(value.kind).replace(/List$/, '');
  return value.items.map((item, i) => {
    const obj = isObject(item) ? { ...item } : (item as Record<string, unknown>);
    if (isObject(obj) && obj.kind === undefined && obj.apiVersion === undefined) {
      obj.kind = itemKind;
      obj.apiVersion = value.apiVersion;
    }
    return makeDoc(ctx, obj, index, root, chunk, `items[${i}].`);
  });
}

function failure(ctx: Context, message: string, offset: number, docs: ManifestDoc[]): ParseOutcome {
  return { ok: false, message: `error: error parsing ${sourceName(ctx.source)}: ${message}`, position: positionAt(ctx.starts, offset), docs };
}

/** Parse a manifest file (or stdin, source '-') into its documents, or kubectl's error. */
export function parseManifests(text: string, source: string): ParseOutcome {
  const ctx: Context = { text, source, starts: lineStarts(text) };
  const split = splitDocuments(text);
  const docs: ManifestDoc[] = [];
  for (const [index, chunk] of split.chunks.entries()) {
    const result = parseChunk(chunk);
    if ('error' in result) return failure(ctx, `error converting YAML to JSON: ${result.error}`, result.offset, docs);
    if (result.value === null || result.value === undefined) continue;
    docs.push(...expand(ctx, result.value, index, result.root, chunk));
  }
  if (split.error) return failure(ctx, split.error.message, split.error.offset, docs);
  return { ok: true, docs };
}
