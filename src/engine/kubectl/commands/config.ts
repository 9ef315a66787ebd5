// `kubectl config`: the learner's kubeconfig, as kubeadm writes admin.conf — one cluster
// (`kubernetes`, the control plane's address on 6443), one user (`kubernetes-admin`), one
// context joining them. Its namespace is what `set-context --current --namespace=…`
// changes: every later command without -n works there, as on a real laptop.
import type { ParsedArgs } from '../cli';
import { runJsonPath } from '../jsonpath';
import { tabwrite, TABLE_SETTINGS } from '../printers/tabwriter';
import { toJson, toYaml } from '../printers';
import type { KubectlEnv, KubectlProgram } from '../program';

const CLUSTER = 'kubernetes';
const USER = 'kubernetes-admin';
const CONTEXT = `${USER}@${CLUSTER}`;

function* fail(text: string): KubectlProgram {
  yield { op: 'err', text: text + '\n' };
  return 1;
}

/** The kubeconfig as `kubectl config view` prints it (certificates shown as DATA+OMITTED). */
function kubeconfig(env: KubectlEnv): Record<string, unknown> {
  const context: Record<string, string> = { cluster: CLUSTER };
  if (env.contextNamespace) context.namespace = env.contextNamespace;
  context.user = USER;
  return {
    apiVersion: 'v1',
    clusters: [{ cluster: { 'certificate-authority-data': 'DATA+OMITTED', server: env.server }, name: CLUSTER }],
    contexts: [{ context, name: CONTEXT }],
    'current-context': CONTEXT,
    kind: 'Config',
    preferences: {},
    users: [{ name: USER, user: { 'client-certificate-data': 'DATA+OMITTED', 'client-key-data': 'DATA+OMITTED' } }],
  };
}

export function* configView(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  if (args.flags.raw === true) return yield* fail("error: Pod Lab's kubeconfig holds no real certificates to show; kubectl config view without --raw shows the rest");
  const config = kubeconfig(env);
  const output = String(args.flags.output ?? 'yaml');
  if (output === 'yaml' || output === '') {
    yield { op: 'out', text: toYaml(config) };
    return 0;
  }
  if (output === 'json') {
    yield { op: 'out', text: toJson(config) };
    return 0;
  }
  const template = /^jsonpath=(.*)$/s.exec(output)?.[1];
  if (template === undefined) return yield* fail(`error: Pod Lab prints the kubeconfig as yaml, json or jsonpath=…, not -o ${output}`);
  const r = runJsonPath(template, config);
  if (!r.ok) return yield* fail(`error: ${r.error}`);
  yield { op: 'out', text: r.text };
  return 0;
}

export function* configCurrentContext(): KubectlProgram {
  yield { op: 'out', text: CONTEXT + '\n' };
  return 0;
}

export function* configGetContexts(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const output = String(args.flags.output ?? '');
  if (output !== '' && output !== 'name') return yield* fail(`error: output must be one of '' or 'name': ${output}`);
  const wanted = args.positional;
  const missing = wanted.filter((n) => n !== CONTEXT);
  const shown = wanted.length === 0 || missing.length < wanted.length;
  if (output === 'name') {
    if (shown) yield { op: 'out', text: CONTEXT + '\n' };
  } else {
    let text = args.flags['no-headers'] === true ? '' : 'CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n';
    if (shown) text += `*\t${CONTEXT}\t${CLUSTER}\t${USER}\t${env.contextNamespace ?? ''}\n`;
    yield { op: 'out', text: tabwrite(text, TABLE_SETTINGS) };
  }
  if (missing.length === 0) return 0;
  return yield* fail(`error: context ${missing[0]} not found`);
}

export function* configSetContext(_env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const current = args.flags.current === true;
  const name = args.positional[0];
  if (current && name !== undefined) return yield* fail('error: you cannot specify both a context name and --current');
  if (!current && name === undefined) return yield* fail("error: you must specify a non-empty context name or --current\nSee 'kubectl config set-context -h' for help and examples");
  if (name !== undefined && name !== CONTEXT) return yield* fail(`error: Pod Lab's kubeconfig has one context, ${CONTEXT}; name it or use --current`);
  for (const [flag, value] of [['cluster', CLUSTER], ['user', USER]] as const) {
    if (args.set.has(flag) && String(args.flags[flag]) !== value) return yield* fail(`error: Pod Lab's kubeconfig has one ${flag}, ${value}; the context keeps it`);
  }
  if (args.set.has('namespace')) yield { op: 'kubeconfig', namespace: String(args.flags.namespace ?? '') };
  yield { op: 'out', text: `Context "${CONTEXT}" modified.\n` };
  return 0;
}

export function* configUseContext(_env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const name = args.positional[0];
  if (name === undefined || name === '') return yield* fail("error: empty context names are not allowed\nSee 'kubectl config use-context -h' for help and examples");
  if (name !== CONTEXT) return yield* fail(`error: no context exists with the name: "${name}"`);
  yield { op: 'out', text: `Switched to context "${CONTEXT}".\n` };
  return 0;
}

export function* configGetClusters(): KubectlProgram {
  yield { op: 'out', text: `NAME\n${CLUSTER}\n` };
  return 0;
}

export function* configGetUsers(): KubectlProgram {
  yield { op: 'out', text: `NAME\n${USER}\n` };
  return 0;
}
