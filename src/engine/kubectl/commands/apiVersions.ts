import type { ParsedArgs } from '../cli';
import { servedGroupVersions } from '../discovery';
import { note, out, type KubectlEnv, type KubectlProgram } from '../program';
import { failWith } from './createGenerated';

/** `kubectl api-versions`: discovery's group/versions (GET /api and /apis), sorted as sort.Strings sorts them. */
export function* apiVersions(_env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  if (args.positional.length > 0) return yield* failWith(`error: unexpected arguments: [${args.positional.join(' ')}]\nSee 'kubectl api-versions -h' for help and examples`);
  // Discovery reads no resource: traced as notes, as kubectl version's GET /version is.
  yield* note('discovery.get', { detail: { request: 'GET /api' } });
  yield* note('discovery.get', { detail: { request: 'GET /apis' } });
  yield* out(servedGroupVersions().sort().join('\n') + '\n');
  return 0;
}
