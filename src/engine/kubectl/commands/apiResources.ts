// `kubectl api-resources`: the resources Pod Lab's API server serves, as discovery lists
// them — sorted by API group, then name (or by --sort-by), filtered by group, scope,
// verbs and categories, with VERBS and CATEGORIES under -o wide.
import { groupOf, RESOURCES, type ResourceInfo } from '../../api/resources';
import type { ParsedArgs } from '../cli';
import { stringList } from '../common';
import { tabwrite, TABLE_SETTINGS } from '../printers/tabwriter';
import { out, type KubectlEnv, type KubectlProgram } from '../program';
import { failWith } from './createGenerated';
import { ALL_CATEGORY } from './get';

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
/** Namespaces are deleted one at a time (the namespace controller empties each); the rest take every verb. */
const VERBS: Record<string, string[]> = { namespaces: ALL_VERBS.filter((v) => v !== 'deletecollection') };
/** The kinds `kubectl get all` covers (their categories: ["all"]). */
const IN_ALL = new Set(ALL_CATEGORY);

const verbsOf = (r: ResourceInfo) => VERBS[r.resource] ?? ALL_VERBS;
const categoriesOf = (r: ResourceInfo) => (IN_ALL.has(r.resource) ? ['all'] : []);

export function* apiResources(_env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const output = String(args.flags.output ?? '');
  if (['json', 'yaml', 'kyaml'].includes(output)) return yield* failWith(`error: "kubectl api-resources -o ${output}" is not part of Pod Lab's simulation yet; try -o wide or -o name`);
  if (!['', 'wide', 'name'].includes(output)) return yield* failWith(`error: --output ${output} is not available`);
  const sortBy = String(args.flags['sort-by'] ?? '');
  if (!['', 'name', 'kind'].includes(sortBy)) return yield* failWith('error: --sort-by accepts only name or kind');
  const verbs = stringList(args.flags.verbs);
  const categories = stringList(args.flags.categories);
  const listed = RESOURCES.filter(
    (r) =>
      (!args.set.has('api-group') || groupOf(r) === args.flags['api-group']) &&
      (!args.set.has('namespaced') || r.namespaced === args.flags.namespaced) &&
      verbs.every((v) => verbsOf(r).includes(v)) &&
      categories.every((c) => categoriesOf(r).includes(c)),
  );
  const key = (r: ResourceInfo) => (sortBy === 'name' ? r.resource : sortBy === 'kind' ? r.kind : groupOf(r));
  listed.sort((a, b) => (key(a) === key(b) ? (a.resource < b.resource ? -1 : 1) : key(a) < key(b) ? -1 : 1));
  if (output === 'name') {
    yield* out(listed.map((r) => (groupOf(r) ? `${r.resource}.${groupOf(r)}\n` : `${r.resource}\n`)).join(''));
    return 0;
  }
  const wide = output === 'wide';
  const header = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(wide ? ['VERBS', 'CATEGORIES'] : [])];
  const rows = listed.map((r) => [r.resource, r.shortNames.join(','), r.groupVersion, String(r.namespaced), r.kind, ...(wide ? [verbsOf(r).join(','), categoriesOf(r).join(',')] : [])]);
  const lines = [...(args.flags['no-headers'] === true ? [] : [header]), ...rows];
  yield* out(tabwrite(lines.map((cells) => cells.join('\t') + '\n').join(''), TABLE_SETTINGS));
  return 0;
}
