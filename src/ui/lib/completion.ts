// Tab completion as bash with kubectl's completion script would offer it: commands, kubectl
// verbs, resource types, names of objects the cluster has, flags, and files on the laptop.

export interface CompletionContext {
  files: readonly string[];
  /** Resource type names kubectl accepts: `pods`, `pod`, `po`, … */
  resources: readonly string[];
  /** Object names by resource plural (`pods` → [...]). */
  names: (resource: string) => readonly string[];
  /** Resolve any accepted name (`po`, `pod`) to its plural. */
  plural: (name: string) => string | undefined;
}

export interface Completion {
  /** The word being completed spans [start, end) of the line. */
  start: number;
  end: number;
  candidates: string[];
}

export const COMMANDS = ['kubectl', 'docker', 'curl', 'ping', 'node-shell', 'cat', 'ls', 'echo', 'clear', 'sleep', 'grep', 'head', 'tail', 'wc', 'sed', 'base64', 'printf', 'pwd', 'cd', 'history', 'jobs', 'kill', 'fg', 'bg', 'wait'];
export const KUBECTL_VERBS = ['annotate', 'api-resources', 'api-versions', 'apply', 'attach', 'cluster-info', 'config', 'cordon', 'cp', 'create', 'debug', 'delete', 'describe', 'diff', 'drain', 'edit', 'events', 'exec', 'explain', 'expose', 'get', 'label', 'logs', 'patch', 'port-forward', 'proxy', 'replace', 'rollout', 'run', 'scale', 'set', 'taint', 'top', 'uncordon', 'version', 'wait'];
/** Verbs whose next word is a subcommand (`kubectl rollout undo`, `kubectl create namespace`). */
const SUBCOMMANDS: Record<string, readonly string[]> = { config: ['current-context', 'get-clusters', 'get-contexts', 'get-users', 'set-context', 'use-context', 'view'], create: ['configmap', 'deployment', 'namespace', 'secret', 'service'], 'create secret': ['generic'], 'create service': ['clusterip', 'externalname', 'loadbalancer', 'nodeport'], rollout: ['history', 'restart', 'status', 'undo'], set: ['image'], top: ['node', 'pod'] };
const DOCKER_VERBS = ['build', 'images', 'pull', 'push', 'tag'];
const KUBECTL_FLAGS = ['--all-namespaces', '--filename', '--help', '--namespace', '--output', '--selector', '--watch', '-A', '-f', '-l', '-n', '-o', '-w'];
const OUTPUTS = ['json', 'name', 'wide', 'yaml'];
/** Verbs whose first argument is a pod name rather than a resource type. */
const POD_VERBS = new Set(['logs', 'exec', 'debug', 'port-forward']);
/** Verbs whose arguments are node names (`kubectl cordon node-1 node-2`). */
const NODE_VERBS = new Set(['cordon', 'uncordon', 'drain']);

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function candidatesFor(before: string[], word: string, ctx: CompletionContext): readonly string[] {
  if (before.length === 0) return COMMANDS;
  const [cmd, ...args] = before;
  const prev = args[args.length - 1];
  if (cmd === 'docker') return args.length === 0 ? DOCKER_VERBS : ctx.files;
  if (cmd !== 'kubectl') return ctx.files;
  if (prev === '-f' || prev === '--filename') return ctx.files;
  if (prev === '-n' || prev === '--namespace') return ctx.names('namespaces');
  if (prev === '-o' || prev === '--output') return OUTPUTS;
  if (word.startsWith('-')) return KUBECTL_FLAGS;
  let positional = args.filter((a, i) => !a.startsWith('-') && !['-f', '-n', '-o', '-l', '--filename', '--namespace', '--output', '--selector'].includes(args[i - 1] ?? ''));
  const verb = positional[0];
  if (!verb) return KUBECTL_VERBS;
  const subs = SUBCOMMANDS[verb];
  if (subs) {
    if (positional.length === 1) return subs;
    const nested = SUBCOMMANDS[`${verb} ${positional[1]}`];
    if (nested && positional.length === 2) return nested;
    // `create deployment NAME`, `create service nodeport NAME`: a new name, nothing to offer.
    if (verb === 'create') return [];
    positional = positional.slice(1);
  }
  if (POD_VERBS.has(verb)) return positional.length === 1 ? ctx.names('pods') : [];
  if (NODE_VERBS.has(verb)) return ctx.names('nodes');
  if (positional.length === 1) {
    const slash = word.indexOf('/');
    if (slash > 0) {
      const plural = ctx.plural(word.slice(0, slash));
      return plural ? ctx.names(plural).map((n) => `${word.slice(0, slash)}/${n}`) : [];
    }
    return ctx.resources;
  }
  const plural = ctx.plural(positional[1] ?? '');
  return plural ? ctx.names(plural) : [];
}

/** What Tab offers at `cursor` in `line`. */
export function complete(line: string, cursor: number, ctx: CompletionContext): Completion {
  const head = line.slice(0, cursor);
  const start = /\S*$/.exec(head)!.index;
  const word = head.slice(start);
  const before = words(head.slice(0, start).split(/[|;&]/).pop() ?? '');
  const all = candidatesFor(before, word, ctx);
  const candidates = [...new Set(all.filter((c) => c.startsWith(word)))].sort();
  return { start, end: cursor, candidates };
}

export function commonPrefix(list: readonly string[]): string {
  if (list.length === 0) return '';
  let p = list[0]!;
  for (const s of list) while (!s.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** The line after pressing Tab: the single candidate (and a space), or the shared prefix. */
export function applyCompletion(line: string, c: Completion): { line: string; cursor: number; ambiguous: boolean } {
  if (c.candidates.length === 0) return { line, cursor: c.end, ambiguous: false };
  const one = c.candidates.length === 1;
  const text = one ? c.candidates[0]! + (c.candidates[0]!.endsWith('/') ? '' : ' ') : commonPrefix(c.candidates);
  const word = line.slice(c.start, c.end);
  if (!one && text.length <= word.length) return { line, cursor: c.end, ambiguous: true };
  const next = line.slice(0, c.start) + text + line.slice(c.end);
  return { line: next, cursor: c.start + text.length, ambiguous: false };
}
