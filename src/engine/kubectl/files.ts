import type { KubeObject } from '../api/objects';
import { groupOf, type ResourceInfo } from '../api/resources';
import { decodeDoc, parseManifests, type ManifestDoc } from '../manifest';
import type { KubectlEffect, KubectlEnv } from './program';

/** One object read from a manifest, with where it came from. */
export interface ManifestObject {
  object: KubeObject;
  resource: ResourceInfo;
  /** The name kubectl reports the source by: the path, or `STDIN`. */
  source: string;
  doc: ManifestDoc;
}

const EXTENSIONS = ['.json', '.yaml', '.yml'];

/**
 * kubectl's resource builder for `-f`: files, directories (`-R` to recurse), or `-` for
 * stdin; every document parsed and decoded before anything is sent, so a typo in one
 * manifest stops the command with nothing applied.
 */
/** `verb` names the command in `error: no objects passed to apply`; without it (kubectl diff) no objects is no error. */
export function* readManifests(env: KubectlEnv, paths: string[], recursive: boolean, verb?: string): Generator<KubectlEffect, ManifestObject[] | undefined, unknown> {
  const out: ManifestObject[] = [];
  for (const path of paths) {
    const sources = expandPath(env, path, recursive);
    if (typeof sources === 'string') {
      yield { op: 'err', text: sources + '\n' };
      return undefined;
    }
    for (const [name, text] of sources) {
      const parsed = parseManifests(text, name);
      if (!parsed.ok) {
        if (parsed.position) yield { op: 'diagnostic', diagnostic: { source: name, ...parsed.position, message: parsed.message } };
        yield { op: 'err', text: parsed.message + '\n' };
        return undefined;
      }
      for (const doc of parsed.docs) {
        const decoded = decodeDoc(doc);
        if (!decoded.ok) {
          if (decoded.position) yield { op: 'diagnostic', diagnostic: { source: name, ...decoded.position, message: decoded.message } };
          yield { op: 'err', text: decoded.message + '\n' };
          return undefined;
        }
        out.push({ object: decoded.object, resource: decoded.resource, source: name === '-' ? 'STDIN' : name, doc });
      }
    }
  }
  if (out.length === 0 && verb) {
    yield { op: 'err', text: `error: no objects passed to ${verb}\n` };
    return undefined;
  }
  return out;
}

function expandPath(env: KubectlEnv, raw: string, recursive: boolean): [string, string][] | string {
  if (raw === '-') return [['-', env.stdin ?? '']];
  if (/^https?:\/\//.test(raw)) {
    return `error: unable to read URL "${raw}": Pod Lab runs offline and cannot download; save the manifest into a file here and use -f with its name`;
  }
  const path = raw.replace(/^\.\//, '').replace(/\/+$/, '');
  const file = env.files.get(path);
  if (file !== undefined) return [[raw, file]];
  const prefix = path === '.' || path === '' ? '' : path + '/';
  const inDir = [...env.files.keys()].filter((k) => k.startsWith(prefix) && (recursive || !k.slice(prefix.length).includes('/'))).sort();
  if (inDir.length === 0 && ![...env.files.keys()].some((k) => k.startsWith(prefix))) return `error: the path "${raw}" does not exist`;
  return inDir.filter((k) => EXTENSIONS.some((e) => k.endsWith(e))).map((k) => [k, env.files.get(k)!]);
}

/** `pod/web`, `deployment.apps/web`: how kubectl names an object in its output. */
export function displayName(resource: ResourceInfo, name: string): string {
  const group = groupOf(resource);
  return `${resource.singular}${group ? `.${group}` : ''}/${name}`;
}
