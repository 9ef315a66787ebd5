import type { AnyActorRef } from 'xstate';
import type { NodeShellEmitted } from '../nodeNet/events';
import type { Scenario } from '../scenario/types';

/** Commands of the learner's shell that run on a machine of the lab network rather than in kubectl. */
export const MACHINE_PROGRAMS = ['node-shell', 'curl', 'ping'] as const;
export type MachineProgram = (typeof MACHINE_PROGRAMS)[number];

export type ProgramEvent = { job: string } & ({ kind: 'exit'; code: number } | { kind: 'output'; stream: 'stdout' | 'stderr'; text: string });

const USAGE = 'Usage: node-shell NODE -- COMMAND [ARGS...]\nRuns one command as root in the node\'s host namespaces, e.g. node-shell node-1 -- ip route\n';

/**
 * Where a command runs: `curl`/`ping` on the laptop (192.168.56.1, outside the cluster),
 * `node-shell NODE -- CMD` on a node's host namespaces (what `ssh node-1 sudo CMD` gives).
 * Returns an error text when the command line is wrong.
 */
export function machineCommand(program: MachineProgram, argv: string[], scenario: Scenario): { address: string; argv: string[] } | { error: string; code: number } {
  if (program !== 'node-shell') return { address: 'laptop#net', argv: [program, ...argv] };
  const [node, ...rest] = argv;
  if (!node || node === '-h' || node === '--help') return { error: USAGE, code: node ? 0 : 1 };
  if (!scenario.nodes.some((n) => n.name === node)) return { error: `node-shell: node "${node}" not found (nodes: ${scenario.nodes.map((n) => n.name).join(', ')})\n`, code: 1 };
  const cmd = rest[0] === '--' ? rest.slice(1) : rest;
  if (cmd.length === 0) return { error: `node-shell: an interactive shell is not simulated; give the command to run, e.g. node-shell ${node} -- ip addr\n`, code: 1 };
  return { address: `nodeNet/${node}`, argv: cmd };
}

/** Listen to every machine's shell output, passed on with the job it belongs to. */
export function wireMachines(system: { get(id: string): unknown }, scenario: Scenario, deliver: (e: ProgramEvent) => void): void {
  const addresses = ['laptop#net', ...scenario.nodes.map((n) => `nodeNet/${n.name}`)];
  for (const address of addresses) {
    const ref = system.get(address) as AnyActorRef | undefined;
    ref?.on('*', (e: NodeShellEmitted) => {
      deliver(e.type === 'node.exit' ? { job: e.job, kind: 'exit', code: e.code } : { job: e.job, kind: 'output', stream: e.stream, text: e.text });
    });
  }
}
