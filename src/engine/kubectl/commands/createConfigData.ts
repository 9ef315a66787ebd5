// `kubectl create configmap NAME` and `kubectl create secret generic NAME`: the data comes
// from --from-literal=KEY=VALUE, --from-file=[KEY=]PATH (a file, or every file in a
// directory, named by its basename) and --from-env-file=PATH (KEY=VALUE lines) on the
// laptop; kubectl checks each key, refuses a key given twice, and POSTs the object (a
// Secret's values base64-encoded).
import { encodeBase64 } from '../../api/base64';
import type { KubeObject } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { stringList } from '../common';
import type { KubectlEnv, KubectlProgram } from '../program';
import { createGenerated, failWith, generatorName } from './createGenerated';

type Kind = 'ConfigMap' | 'Secret';

const VALID_KEY = /^[-._a-zA-Z0-9]+$/;

function keyError(kind: Kind, key: string): string {
  return `error: "${key}" is not a valid key name for a ${kind}: a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`;
}

function normalize(path: string): string {
  return path.replace(/^\.\//, '').replace(/\/+$/, '');
}

/** Every key and value the flags name, in the order kubectl adds them: literals, files, env files. */
function collect(env: KubectlEnv, args: ParsedArgs, kind: Kind, name: string): Map<string, string> | string {
  const data = new Map<string, string>();
  const add = (key: string, value: string): string | undefined => {
    if (!VALID_KEY.test(key)) return keyError(kind, key);
    if (data.has(key)) return kind === 'ConfigMap' ? `error: cannot add key ${key}, another key by that name already exists in Data for ConfigMap "${name}"` : `error: cannot add key ${key}, another key by that name already exists`;
    data.set(key, value);
    return undefined;
  };
  for (const literal of stringList(args.flags['from-literal'])) {
    const eq = literal.indexOf('=');
    if (eq <= 0) return `error: invalid literal source ${literal}, expected key=value`;
    const failed = add(literal.slice(0, eq), literal.slice(eq + 1));
    if (failed) return failed;
  }
  for (const source of stringList(args.flags['from-file'])) {
    const eq = source.indexOf('=');
    const [key, path] = eq > 0 ? [source.slice(0, eq), normalize(source.slice(eq + 1))] : [undefined, normalize(source)];
    const file = env.files.get(path);
    if (file !== undefined) {
      const failed = add(key ?? path.split('/').pop()!, file);
      if (failed) return failed;
      continue;
    }
    const inDir = [...env.files.keys()].filter((k) => k.startsWith(path + '/') && !k.slice(path.length + 1).includes('/')).sort();
    if (inDir.length === 0) return `error: error reading ${source.slice(eq + 1)}: no such file or directory`;
    if (key !== undefined) return `error: cannot give a key name for a directory path`;
    for (const k of inDir) {
      const base = k.slice(path.length + 1);
      if (!VALID_KEY.test(base)) continue;
      const failed = add(base, env.files.get(k)!);
      if (failed) return failed;
    }
  }
  for (const path of stringList(args.flags['from-env-file'])) {
    const text = env.files.get(normalize(path));
    if (text === undefined) return `error: error reading ${path}: no such file or directory`;
    for (const raw of text.split('\n')) {
      const line = raw.replace(/^\s+/, '');
      if (line === '' || line.startsWith('#')) continue;
      const eq = line.indexOf('=');
      const key = eq < 0 ? line : line.slice(0, eq);
      const failed = add(key, eq < 0 ? '' : line.slice(eq + 1));
      if (failed) return failed;
    }
  }
  return data;
}

function* generate(env: KubectlEnv, args: ParsedArgs, kind: Kind, command: string): KubectlProgram {
  const named = generatorName(args, command);
  if ('error' in named) return yield* failWith(named.error);
  if (args.flags['append-hash'] === true) return yield* failWith('error: Pod Lab does not simulate --append-hash yet; name the object yourself');
  const data = collect(env, args, kind, named.name);
  if (typeof data === 'string') return yield* failWith(data);
  const entries = [...data].sort(([a], [b]) => (a < b ? -1 : 1));
  if (kind === 'ConfigMap') {
    const obj = { apiVersion: 'v1', kind, metadata: { name: named.name }, data: Object.fromEntries(entries) } as KubeObject;
    return yield* createGenerated(env, args, 'configmaps', obj);
  }
  const type = String(args.flags.type ?? '');
  const obj = { apiVersion: 'v1', kind, metadata: { name: named.name }, data: Object.fromEntries(entries.map(([k, v]) => [k, encodeBase64(v)])), ...(type ? { type } : {}) } as KubeObject;
  return yield* createGenerated(env, args, 'secrets', obj);
}

export function* createConfigMap(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  return yield* generate(env, args, 'ConfigMap', 'configmap');
}

export function* createSecretGeneric(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  return yield* generate(env, args, 'Secret', 'secret generic');
}
