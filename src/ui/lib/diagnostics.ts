// Problems in a manifest as the editor underlines them: YAML errors and kubectl's decoding
// errors where they are, and the API server's field errors and unknown fields at the field
// they name — the same checks `kubectl apply` would meet, before the learner applies.
import type { KubeObject } from '../../engine';
import type { FieldError, ManifestDoc } from '../../engine/manifest';
import type { EngineModule } from './engineModule';

export interface Problem {
  line: number;
  column: number;
  message: string;
}

export function isManifest(path: string): boolean {
  return /\.(ya?ml|json)$/i.test(path);
}

/** Where a field is, or its nearest ancestor that is in the file (a Required field is absent). */
function locate(doc: ManifestDoc, field: string): { line: number; column: number } | undefined {
  let path = field;
  for (;;) {
    const pos = doc.positionOf(path);
    if (pos) return pos;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) return doc.positionOf('') ?? { line: 1, column: 1 };
    path = path.slice(0, cut);
  }
}

function objectProblems(engine: EngineModule, doc: ManifestDoc, obj: KubeObject): Problem[] {
  const out: Problem[] = [];
  for (const field of engine.unknownFields(obj)) {
    const at = locate(doc, field);
    if (at) out.push({ ...at, message: `unknown field "${field}"` });
  }
  for (const err of engine.validateObject(obj) as FieldError[]) {
    const at = locate(doc, err.field);
    if (at) out.push({ ...at, message: engine.fieldErrorText(err) });
  }
  return out;
}

export function manifestProblems(engine: EngineModule, text: string, path: string): Problem[] {
  if (!isManifest(path) || text.trim() === '') return [];
  const parsed = engine.parseManifests(text, path);
  if (!parsed.ok) return [{ ...(parsed.position ?? { line: 1, column: 1 }), message: parsed.message }];
  const out: Problem[] = [];
  for (const doc of parsed.docs) {
    const decoded = engine.decodeDoc(doc);
    if (!decoded.ok) {
      out.push({ ...(decoded.position ?? { line: 1, column: 1 }), message: decoded.message });
      if (decoded.endsStream) break;
      continue;
    }
    out.push(...objectProblems(engine, doc, decoded.object));
  }
  return out;
}

/** Editor problems plus what the last command reported for this file, without repeats. */
export function mergeProblems(own: Problem[], reported: readonly { source: string; line: number; column: number; message: string }[], path: string): Problem[] {
  const out = [...own];
  const seen = new Set(own.map((p) => `${p.line}:${p.message}`));
  for (const r of reported) {
    if (r.source !== path && r.source !== `./${path}`) continue;
    const key = `${r.line}:${r.message}`;
    if (!seen.has(key) && !own.some((p) => p.line === r.line && r.message.includes(p.message))) out.push({ line: r.line, column: r.column, message: r.message });
    seen.add(key);
  }
  return out;
}
