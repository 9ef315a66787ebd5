import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../../src/engine/manifest';
import { fixture } from './helpers';

function parseError(text: string, source = 'pod.yaml') {
  const r = parseManifests(text, source);
  if (r.ok) throw new Error('expected a parse error');
  return r;
}

describe('parseManifests: documents', () => {
  it('reads a single pod with its values as JSON data', () => {
    const r = parseManifests(fixture('web-pod.yaml'), 'web-pod.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.docs).toHaveLength(1);
    const doc = r.docs[0]!;
    expect(doc.source).toBe('web-pod.yaml');
    expect(doc.index).toBe(0);
    expect(doc.object).toMatchObject({ kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ ports: [{ containerPort: 80 }] }] } });
  });

  it('reads flow-style (KYAML) documents with trailing commas', () => {
    const r = parseManifests(fixture('flow-style.yaml'), 'flow.yaml');
    expect(r.ok && r.docs[0]?.object).toMatchObject({ metadata: { name: 'flow' }, spec: { containers: [{ image: 'redis:7.2' }] } });
  });

  it('splits multi-document files and skips empty documents', () => {
    const r = parseManifests(fixture('stack.yaml'), 'stack.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.docs.map((d) => `${d.object.kind}/${d.index}`)).toEqual(['Service/0', 'Deployment/2']);
  });

  it('expands a kind: List into its items, with positions inside the list', () => {
    const r = parseManifests(fixture('list.yaml'), 'list.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.docs.map((d) => d.object.kind)).toEqual(['ConfigMap', 'Pod']);
    expect(r.docs[1]!.positionOf('spec.containers[0].image')).toEqual({ line: 17, column: 7 });
  });

  it('resolves scalars as go-yaml v2 does: yes is true, 0777 octal, times and dates stay strings', () => {
    const r = parseManifests('a: yes\nb: 0777\nc: 12:30\nd: 2024-01-02\ne: "yes"\n', 'x.yaml');
    expect(r.ok && r.docs[0]?.object).toEqual({ a: true, b: 511, c: '12:30', d: '2024-01-02', e: 'yes' });
  });

  it('keeps the last value of a duplicated key, silently, as kubectl does', () => {
    const r = parseManifests('apiVersion: v1\nkind: Pod\nmetadata:\n  name: first\n  name: second\n', 'x.yaml');
    expect(r.ok && r.docs[0]?.object.metadata).toEqual({ name: 'second' });
  });

  it('finds the position of a key, or of the deepest part of a path that exists', () => {
    const r = parseManifests(fixture('web-pod.yaml'), 'web-pod.yaml');
    if (!r.ok) throw new Error(r.message);
    const doc = r.docs[0]!;
    expect(doc.positionOf('spec.containers[0].ports[0].containerPort')).toEqual({ line: 13, column: 7 });
    expect(doc.positionOf('metadata.labels[app]')).toEqual({ line: 7, column: 5 });
    expect(doc.positionOf('spec.containers[0].livenessProbe')).toEqual({ line: 10, column: 5 });
    expect(doc.positionOf('spec.containers[0].resources.limits[cpu]')).toEqual({ line: 16, column: 9 });
  });
});

describe('parseManifests: YAML errors in go-yaml words', () => {
  it('a TAB used for indentation', () => {
    const r = parseError('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n\timage: nginx\n');
    expect(r.message).toBe('error: error parsing pod.yaml: error converting YAML to JSON: yaml: line 6: found character that cannot start any token');
    expect(r.position).toEqual({ line: 6, column: 1 });
  });

  it('a line indented too far under a value: mapping values are not allowed', () => {
    const r = parseError('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n     image: nginx\n');
    expect(r.message).toBe('error: error parsing pod.yaml: error converting YAML to JSON: yaml: line 6: mapping values are not allowed in this context');
    expect(r.position?.line).toBe(6);
  });

  it('a second colon on one line', () => {
    const r = parseError('metadata:\n  name: my pod: web\n');
    expect(r.message).toMatch(/yaml: line 2: mapping values are not allowed in this context$/);
  });

  it('a line indented too little: go-yaml names the line above', () => {
    const r = parseError('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n   image: nginx\n');
    expect(r.message).toMatch(/yaml: line 5: did not find expected key$/);
    expect(r.position).toEqual({ line: 6, column: 1 });
  });

  it("a key without its colon: could not find expected ':' on the next line", () => {
    const r = parseError('apiVersion: v1\nkind Pod\nmetadata:\n  name: x\n');
    expect(r.message).toMatch(/yaml: line 3: could not find expected ':'$/);
    expect(r.position).toEqual({ line: 2, column: 1 });
  });

  it('an unclosed quote runs to the end of the document', () => {
    const r = parseError('apiVersion: v1\nkind: Pod\nmetadata:\n  name: "web\nspec: {}\n');
    expect(r.message).toMatch(/yaml: line 6: found unexpected end of stream$/);
  });

  it('an unclosed flow mapping', () => {
    const r = parseError('{apiVersion: v1, kind: Pod\n');
    expect(r.message).toMatch(/yaml: line 1: did not find expected ',' or '}'$/);
  });

  it('counts lines from the start of the document, and names stdin STDIN', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n  labels: app: web\n';
    const r = parseError(text, '-');
    expect(r.message).toBe('error: error parsing STDIN: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context');
    expect(r.position?.line).toBe(9);
    expect(r.docs?.map((d) => d.object.metadata)).toEqual([{ name: 'a' }]);
  });

  it('rejects text after a document separator', () => {
    const r = parseError('a: 1\n--- b\n');
    expect(r.message).toBe('error: error parsing pod.yaml: invalid Yaml document separator: b');
  });
});
