import { describe, expect, it } from 'vitest';
import { decodeDoc, parseManifests, type ManifestDoc } from '../../../src/engine/manifest';

function doc(text: string, source = 'app.yaml'): ManifestDoc {
  const r = parseManifests(text, source);
  if (!r.ok || !r.docs[0]) throw new Error('parse failed');
  return r.docs[0];
}

function decodeFailure(text: string, source = 'app.yaml') {
  const r = decodeDoc(doc(text, source));
  if (r.ok) throw new Error('expected a decode error');
  return r;
}

describe('decodeDoc: kubectl resource builder', () => {
  it('maps apiVersion + kind to the served resource', () => {
    const r = decodeDoc(doc('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n'));
    expect(r.ok && r.resource.resource).toBe('deployments');
    expect(r.ok && r.object.metadata?.name).toBe('web');
  });

  it('a missing apiVersion fails kubectl schema pre-validation and stops the file', () => {
    const r = decodeFailure('kind: Pod\nmetadata:\n  name: web\n', 'pod.yaml');
    expect(r.message).toBe(
      'error: error validating "pod.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false',
    );
    expect(r.endsStream).toBe(true);
  });

  it('both missing are listed together', () => {
    const r = decodeFailure('metadata:\n  name: web\n');
    expect(r.message).toContain('error validating data: [apiVersion not set, kind not set];');
  });

  it('a document that is not an object', () => {
    expect(decodeFailure('just text\n').message).toContain('error validating data: invalid object to validate;');
  });

  it('an empty kind is missing to the unstructured decoder, which quotes the JSON it read', () => {
    const r = decodeFailure('apiVersion: v1\nkind: ""\nmetadata: {name: a}\n');
    expect(r.message).toBe(`error: unable to decode "app.yaml": Object 'Kind' is missing in '{"apiVersion":"v1","kind":"","metadata":{"name":"a"}}'`);
    expect(r.endsStream).toBe(false);
  });

  it('a removed API version has no resource mapping', () => {
    const r = decodeFailure('apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: hello\n', 'cronjob.yaml');
    expect(r.message).toBe(
      'error: resource mapping not found for name: "hello" namespace: "" from "cronjob.yaml": no matches for kind "CronJob" in version "batch/v1beta1"\nensure CRDs are installed first',
    );
    expect(r.position).toEqual({ line: 1, column: 1 });
  });

  it('a misspelt kind has no resource mapping either', () => {
    expect(decodeFailure('apiVersion: v1\nkind: pod\nmetadata: {name: a}\n').message).toContain('no matches for kind "pod" in version "v1"');
  });

  it('malformed metadata is caught on the client, before any request', () => {
    const r = decodeFailure('apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  annotations:\n    - a: b\n', 's.yaml');
    expect(r.message).toBe(
      'error: unable to decode "s.yaml": json: cannot unmarshal array into Go struct field ObjectMeta.metadata.annotations of type map[string]string',
    );
  });

  it('an unquoted number as a label value fails the same way', () => {
    expect(decodeFailure('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels: {version: 1.0}\n').message).toContain(
      'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string',
    );
  });
});
