import type { ParsedArgs } from '../cli';
import { toYaml } from '../printers';
import { note, out, type KubectlEnv, type KubectlProgram } from '../program';

/**
 * version.Info of the v1.35.0 release as its binaries report it (kube-apiserver's
 * /version; kubectl is built from the same commit).
 */
const RELEASE = {
  major: '1',
  minor: '35',
  gitVersion: 'v1.35.0',
  gitCommit: '66452049f3d692768c39c797b21b793dce80314e',
  gitTreeState: 'clean',
  buildDate: '2025-12-17T12:32:07Z',
  goVersion: 'go1.25.5',
  compiler: 'gc',
  platform: 'linux/amd64',
};

/** The kustomize library compiled into kubectl v1.35. */
const KUSTOMIZE_VERSION = 'v5.7.1';

/** The client's Info: no emulation fields, which only servers report. */
function clientVersion(): Record<string, string> {
  return { ...RELEASE };
}

/** The API server's /version adds the versions it emulates and stays compatible with. */
export function serverVersion(): Record<string, string> {
  const { major, minor, ...rest } = RELEASE;
  return { major, minor, emulationMajor: '1', emulationMinor: '35', minCompatibilityMajor: '1', minCompatibilityMinor: '34', ...rest };
}

/**
 * `kubectl version [--client] [-o yaml|json]`: kubectl's own version and, unless
 * `--client`, the API server's from GET /version.
 */
export function* version(_env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const output = String(args.flags.output ?? '');
  if (output !== '' && output !== 'yaml' && output !== 'json') {
    yield { op: 'err', text: "error: --output must be 'yaml' or 'json'\n" };
    return 1;
  }
  const clientOnly = args.flags.client === true;
  const info: Record<string, unknown> = { clientVersion: clientVersion(), kustomizeVersion: KUSTOMIZE_VERSION };
  if (!clientOnly) {
    // Discovery's GET /version is no resource, so it is traced as a note rather than a REST call.
    yield* note('version.get', { detail: { request: 'GET /version' } });
    info.serverVersion = serverVersion();
  }
  if (output === 'yaml') yield* out(toYaml(info));
  else if (output === 'json') yield* out(JSON.stringify(info, null, 2) + '\n');
  else {
    let text = `Client Version: ${RELEASE.gitVersion}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`;
    if (!clientOnly) text += `Server Version: ${RELEASE.gitVersion}\n`;
    yield* out(text);
  }
  return 0;
}
