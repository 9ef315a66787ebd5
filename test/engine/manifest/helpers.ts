// Shared by the manifest tests: read a fixture, and run a manifest through parse → decode →
// API server create as kubectl apply would, returning what kubectl would print.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KubeObject } from '../../../src/engine/api/objects';
import { kubectlErrorText } from '../../../src/engine/kubectl/errors';
import {
  applyDefaults,
  badRequestStatus,
  decodeDoc,
  decodeError,
  invalidStatus,
  parseManifests,
  strictDecodingStatus,
  unknownFields,
  validateObject,
} from '../../../src/engine/manifest';

const here = dirname(fileURLToPath(import.meta.url));

export function fixture(name: string): string {
  return readFileSync(join(here, 'fixtures', name), 'utf8');
}

/** The single object a manifest holds, decoded (throws on any client-side error). */
export function objectOf(text: string, source = 'pod.yaml'): KubeObject {
  const parsed = parseManifests(text, source);
  if (!parsed.ok) throw new Error(parsed.message);
  const doc = parsed.docs[0];
  if (!doc) throw new Error('no documents');
  const decoded = decodeDoc(doc);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.object;
}

/** What `kubectl create -f` prints for the first object: '' when the API server stores it. */
export function createError(text: string, source = 'pod.yaml'): string {
  const obj = objectOf(text, source);
  const version = obj.apiVersion.split('/').pop() ?? '';
  const ctx = { verbing: 'creating' as const, source };
  const typeErr = decodeError(obj);
  if (typeErr) return kubectlErrorText(badRequestStatus(obj.kind, version, typeErr), ctx);
  const unknown = unknownFields(obj);
  if (unknown.length) return kubectlErrorText(strictDecodingStatus(obj.kind, version, unknown), ctx);
  const errors = validateObject(applyDefaults(obj));
  return errors.length ? kubectlErrorText(invalidStatus(obj.kind, obj.metadata?.name ?? '', errors), ctx) : '';
}
