/**
 * `docker version`: the client and the laptop's Docker Engine 28.2.2 with the containerd,
 * runc and docker-init it ships with. The laptop's daemon is running, so there is a
 * Server section (no `Cannot connect to the Docker daemon`).
 */
import type { ParsedArgs } from '../../kubectl/cli';
import type { DockerEnv, DockerProgram } from '../program';
import { err, out } from './effects';

export const CLIENT_VERSION = '28.2.2';
const CLIENT_COMMIT = 'e6534b4';

/** `docker --version`. */
export const VERSION_LINE = `Docker version ${CLIENT_VERSION}, build ${CLIENT_COMMIT}\n`;

/** The version template's rows; text/tabwriter pads the label column to 20. */
const CLIENT: [string, string][] = [
  [' Version:', CLIENT_VERSION],
  [' API version:', '1.50'],
  [' Go version:', 'go1.24.3'],
  [' Git commit:', CLIENT_COMMIT],
  [' Built:', 'Fri May 30 12:07:14 2025'],
  [' OS/Arch:', 'linux/amd64'],
  [' Context:', 'default'],
];

const SERVER: [string, string?][] = [
  [' Engine:'],
  ['  Version:', CLIENT_VERSION],
  ['  API version:', '1.50 (minimum version 1.24)'],
  ['  Go version:', 'go1.24.3'],
  ['  Git commit:', '45873be'],
  ['  Built:', 'Fri May 30 12:07:14 2025'],
  ['  OS/Arch:', 'linux/amd64'],
  ['  Experimental:', 'false'],
  [' containerd:'],
  ['  Version:', '1.7.27'],
  ['  GitCommit:', '05044ec0a9a75232cad458027ca83437aae3f4da'],
  [' runc:'],
  ['  Version:', '1.2.5'],
  ['  GitCommit:', 'v1.2.5-0-g59923ef'],
  [' docker-init:'],
  ['  Version:', '0.19.0'],
  ['  GitCommit:', 'de40ad0'],
];

const row = ([label, value]: [string, string?]): string => (value === undefined ? label : `${label.padEnd(20)}${value}`);

export function versionText(): string {
  return [
    'Client: Docker Engine - Community',
    ...CLIENT.map(row),
    '',
    'Server: Docker Engine - Community',
    ...SERVER.map(row),
    '',
  ].join('\n');
}

export function* dockerVersion(_env: DockerEnv, args: ParsedArgs): DockerProgram {
  const format = String(args.flags.format ?? '');
  if (format === '{{.Client.Version}}' || format === '{{.Server.Version}}') {
    yield* out(`${CLIENT_VERSION}\n`);
    return 0;
  }
  if (format !== '') {
    yield* err(`Pod Lab's docker version takes only --format '{{.Client.Version}}' or '{{.Server.Version}}'\n`);
    return 1;
  }
  yield* out(versionText());
  return 0;
}
