// Runs every manifest of the shared conformance corpus (../shared/conformance) through the
// manifest layer as `kubectl apply -f` and the API server would: parse, decode, strict
// decoding, defaulting, validation. Prints what passes and what is rejected with which
// message; exits 1 when a manifest a real cluster accepts is rejected, or a known-bad one
// is not rejected the way kubectl rejects it.
//
//   npx tsx scripts/conformance.ts
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KubeObject } from '../src/engine/api/objects';
import {
  applyDefaults,
  badRequestStatus,
  decodeDoc,
  decodeError,
  generateJobSelector,
  invalidStatus,
  objectWarnings,
  parseManifests,
  strictDecodingStatus,
  unknownFields,
  validateObject,
} from '../src/engine/manifest';
import { kubectlErrorText } from '../src/engine/kubectl/errors';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(repo, '../shared/conformance');

/** Known-bad files (README) and the words kubectl's error must contain. */
const EXPECTED_REJECTIONS: Record<string, string> = {
  'pods/inject/pod-multiple-secret-env-variable.yaml': 'found character that cannot start any token',
  'pods/inject/pod-single-secret-env-variable.yaml': 'apiVersion not set',
  'secret/serviceaccount/mysecretname.yaml': 'cannot unmarshal array into Go struct field ObjectMeta.metadata.annotations',
  'application/job/cronjob.yaml': 'no matches for kind "CronJob" in version "batch/v1beta1"',
  // An old revision spelling the field `gRPC`: field names are case-sensitive, so a real
  // API server rejects it too (later revisions, as in kyaml/, say `grpc`).
  'pods/probe/grpc-liveness.yaml': 'unknown field "spec.containers[0].livenessProbe.gRPC"',
  // restartPolicyRules is alpha in v1.35 and absent from the 1.33 schemas we ship.
  'pods/restart-policy/restart-all-containers.yaml': 'unknown field "spec.initContainers[1].restartPolicyRules"',
};

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'transcripts') out.push(...yamlFiles(path));
    } else if (/\.(ya?ml|json)$/.test(name)) out.push(path);
  }
  return out;
}

/** What the API server answers a create with: undefined when it stores the object. */
function serverCreate(object: KubeObject, namespaced: boolean): string | undefined {
  const version = object.apiVersion.split('/').pop() ?? '';
  const typeErr = decodeError(object);
  if (typeErr) return kubectlErrorText(badRequestStatus(object.kind, version, typeErr));
  const unknown = unknownFields(object);
  if (unknown.length) return kubectlErrorText(strictDecodingStatus(object.kind, version, unknown));
  let obj = object;
  if (namespaced) obj = { ...obj, metadata: { namespace: 'default', ...obj.metadata } };
  if (obj.kind === 'Job') obj = generateJobSelector(obj, '6f0c2f4e-0000-4000-8000-000000000001') as KubeObject;
  const defaulted = applyDefaults(obj);
  const errors = validateObject(defaulted);
  if (errors.length) return kubectlErrorText(invalidStatus(obj.kind, obj.metadata?.name ?? '', errors));
  for (const w of objectWarnings(defaulted)) console.log(`    Warning: ${w}`);
  return undefined;
}

function runFile(path: string): string[] {
  const rel = relative(corpus, path);
  const parsed = parseManifests(readFileSync(path, 'utf8'), rel);
  if (!parsed.ok) return [parsed.message];
  const problems: string[] = [];
  for (const doc of parsed.docs) {
    const decoded = decodeDoc(doc);
    if (!decoded.ok) {
      problems.push(decoded.message);
      if (decoded.endsStream) break;
      continue;
    }
    const rejected = serverCreate(decoded.object, decoded.resource.namespaced);
    const label = `${decoded.resource.singular}/${decoded.object.metadata?.name ?? ''}`;
    if (rejected) problems.push(rejected);
    else console.log(`    ${label} accepted`);
  }
  return problems;
}

function main(): void {
  if (!existsSync(corpus)) {
    console.log(`no conformance corpus at ${corpus}; nothing to check`);
    return;
  }
  let passed = 0;
  let failed = 0;
  for (const path of yamlFiles(corpus)) {
    const rel = relative(corpus, path);
    console.log(`${rel}`);
    const problems = runFile(path);
    for (const p of problems) console.log(`    REJECTED: ${p.replace(/\n/g, '\n              ')}`);
    const expected = EXPECTED_REJECTIONS[rel];
    const ok = expected ? problems.some((p) => p.includes(expected)) : problems.length === 0;
    if (ok) passed++;
    else {
      failed++;
      console.log(`    UNEXPECTED: ${expected ? `expected a rejection mentioning ${JSON.stringify(expected)}` : 'a real cluster accepts this file'}`);
    }
  }
  console.log(`\nconformance: ${passed} passed, ${failed} failed`);
  if (failed > 0) process.exit(1);
}

main();
