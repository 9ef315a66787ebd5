// DebugOptions.Complete and Validate (kubectl/pkg/cmd/debug): the flags of `kubectl debug`
// checked in kubectl's order, with its words; and the debugging profiles, which set the
// debug container's securityContext (and, for a copy, the Pod's namespaces and probes).
import type { ParsedArgs } from '../cli';
import type { KubectlEffect } from '../program';
import { IMAGE_REFERENCE } from './run';

type Step<T> = Generator<KubectlEffect, T, unknown>;

export const PROFILES = ['legacy', 'general', 'baseline', 'netadmin', 'restricted', 'sysadmin'] as const;
export type Profile = (typeof PROFILES)[number];

export interface DebugOptions {
  /** What to debug: POD, TYPE/NAME (pod/…, node/…), as given before `--`. */
  targets: string[];
  files: string[];
  image: string;
  /** -c: the debug container's name (or, with --copy-to, the container to change). */
  container: string;
  target: string;
  interactive: boolean;
  tty: boolean;
  attach: boolean;
  quiet: boolean;
  profile: Profile;
  pullPolicy: string;
  env: { name: string; value: string }[];
  /** After `--`: the command, or its arguments with --arguments-only. */
  args: string[];
  argsOnly: boolean;
  copyTo: string;
  replace: boolean;
  sameNode: boolean;
  setImages: Map<string, string>;
  /** --share-processes, when given (the copy keeps the original's setting otherwise). */
  shareProcesses?: boolean;
}

function* fail(message: string): Step<number> {
  yield { op: 'err', text: `error: ${message}\n` };
  return 1;
}

/** `k=v` pairs (a stringToString flag) as an ordered map; a later key wins. */
function pairs(v: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of Array.isArray(v) ? (v as string[]) : []) {
    const eq = p.indexOf('=');
    out.set(p.slice(0, eq), p.slice(eq + 1));
  }
  return out;
}

/** Complete, then Validate: the options, or the exit code once kubectl's error is printed. */
export function* debugOptions(args: ParsedArgs): Step<DebugOptions | number> {
  const profile = String(args.flags.profile ?? 'legacy');
  if (!(PROFILES as readonly string[]).includes(profile)) return yield* fail(`unknown profile: ${profile}`);
  const dash = args.dashIndex;
  const interactive = args.flags.stdin === true;
  const o: DebugOptions = {
    targets: dash >= 0 ? args.positional.slice(0, dash) : args.positional,
    files: Array.isArray(args.flags.filename) ? (args.flags.filename as string[]) : [],
    image: String(args.flags.image ?? ''),
    container: String(args.flags.container ?? ''),
    target: String(args.flags.target ?? ''),
    interactive,
    tty: args.flags.tty === true,
    // --attach defaults to true with -i.
    attach: args.set.has('attach') ? args.flags.attach === true : interactive,
    quiet: args.flags.quiet === true,
    profile: profile as Profile,
    pullPolicy: String(args.flags['image-pull-policy'] ?? ''),
    env: [...pairs(args.flags.env)].map(([name, value]) => ({ name, value })),
    args: dash >= 0 ? args.positional.slice(dash) : [],
    argsOnly: args.flags['arguments-only'] === true,
    copyTo: String(args.flags['copy-to'] ?? ''),
    replace: args.flags.replace === true,
    sameNode: args.flags['same-node'] === true,
    setImages: pairs(args.flags['set-image']),
    ...(args.set.has('share-processes') ? { shareProcesses: args.flags['share-processes'] === true } : {}),
  };
  const error = validate(o, args.set.has('attach'));
  if (error) return yield* fail(error);
  if (o.target && !o.quiet) {
    yield { op: 'out', text: `Targeting container "${o.target}". If you don't see processes from this container it may be because the container runtime doesn't support this feature.\n` };
  }
  if (o.tty && !o.interactive) return yield* fail('-i/--stdin is required for containers with -t/--tty=true');
  if (o.profile === 'legacy') {
    yield { op: 'err', text: '--profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".\n' };
  }
  return o;
}

/** The checks before --target's notice, in Validate's order. */
function validate(o: DebugOptions, attachSet: boolean): string | undefined {
  if (o.attach && attachSet && !o.image && !o.container) return 'you must specify --container or create a new container using --image in order to attach.';
  if (o.copyTo) {
    if (!o.image && o.setImages.size === 0 && o.args.length === 0) return 'you must specify --image, --set-image or command arguments.';
    if (o.args.length > 0 && !o.container && !o.image) return 'you must specify an existing container or a new image when specifying args.';
  } else if (o.replace) return '--replace may only be used with --copy-to.';
  else if (o.sameNode) return '--same-node may only be used with --copy-to.';
  else if (o.setImages.size > 0) return '--set-image may only be used with --copy-to.';
  else if (!o.image) return 'you must specify --image when not using --copy-to.';
  if (o.image && !IMAGE_REFERENCE.test(o.image)) return `invalid image name "${o.image}": invalid reference format`;
  if (o.targets.length === 0 && o.files.length === 0) return 'NAME or filename is required for debug';
  if (!['', 'Always', 'IfNotPresent', 'Never'].includes(o.pullPolicy)) return `invalid image pull policy: ${o.pullPolicy}`;
  for (const [name, image] of o.setImages) {
    if (!IMAGE_REFERENCE.test(image)) return `invalid image name "${image}" for container "${name}": invalid reference format`;
  }
  if (o.target && o.copyTo) return '--target is incompatible with --copy-to. Use --share-processes instead.';
  return undefined;
}

type SecurityContext = Record<string, unknown>;

/**
 * What a profile sets on the debug container (an ephemeral one, or the copy's): general
 * adds SYS_PTRACE, netadmin NET_ADMIN and NET_RAW, sysadmin makes it privileged,
 * restricted drops everything and runs as non-root, baseline clears it; legacy leaves it.
 */
export function profileSecurityContext(profile: Profile, current: SecurityContext | undefined): SecurityContext | undefined | null {
  const add = (caps: string[]) => {
    const sc = { ...(current ?? {}) };
    const c = (sc.capabilities ?? {}) as { add?: string[] };
    sc.capabilities = { ...c, add: [...(c.add ?? []), ...caps] };
    return sc;
  };
  switch (profile) {
    case 'legacy':
      return current;
    case 'general':
      return add(['SYS_PTRACE']);
    case 'netadmin':
      return add(['NET_ADMIN', 'NET_RAW']);
    case 'sysadmin':
      return { ...(current ?? {}), privileged: true };
    case 'restricted':
      return { runAsNonRoot: true, capabilities: { drop: ['ALL'] }, allowPrivilegeEscalation: false, seccompProfile: { type: 'RuntimeDefault' } };
    case 'baseline':
      return null;
  }
}
