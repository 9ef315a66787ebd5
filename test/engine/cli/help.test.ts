import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  KUBECTL_COMMAND_HELP,
  kubectlCommandHelp,
  kubectlOptionsHelp,
  kubectlRootHelp,
} from '../../../src/engine/kubectl/cli';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('kubectl --help', () => {
  it('prints the grouped command list of v1.35, plugin heading and alpha included', () => {
    // Real output of `kubectl --help` (1.33) with the `alpha` line v1.35 adds for `kubectl alpha kuberc`.
    expect(kubectlRootHelp()).toBe(fixture('kubectl-1.35-root-help.txt'));
  });

  it('starts and ends as the real one', () => {
    const help = kubectlRootHelp();
    expect(
      help.startsWith('kubectl controls the Kubernetes cluster manager.\n\n Find more information at:'),
    ).toBe(true);
    expect(
      help.endsWith(
        'Use "kubectl options" for a list of global command-line options (applies to all commands).\n',
      ),
    ).toBe(true);
  });
});

describe('kubectl <verb> --help', () => {
  it('has a page for every verb the sandbox runs', () => {
    for (const verb of [
      'apply',
      'create',
      'run',
      'get',
      'describe',
      'delete',
      'logs',
      'explain',
      'version',
      'cluster-info',
      'wait',
      'exec',
      'expose',
      'debug',
    ]) {
      const help = kubectlCommandHelp(verb);
      expect(help, verb).toBeDefined();
      expect(help).toContain(`Usage:\n  kubectl ${verb}`);
      expect(
        help?.endsWith(
          'Use "kubectl options" for a list of global command-line options (applies to all commands).\n',
        ),
      ).toBe(true);
    }
    expect(kubectlCommandHelp('frobnicate')).toBeUndefined();
  });

  it('reproduces a real page byte for byte (kubectl logs --help)', () => {
    expect(kubectlCommandHelp('logs')).toBe(fixture('kubectl-logs-help.txt'));
  });

  it('wraps on a 120-column terminal exactly as kubectl v1.35 did in a real session', () => {
    expect(kubectlCommandHelp('get', 140)).toBe(fixture('get-help-120cols.txt'));
  });

  it('does not wrap for a pipe or a terminal narrower than 80 columns', () => {
    const plain = kubectlCommandHelp('get');
    expect(kubectlCommandHelp('get', 79)).toBe(plain);
    expect(plain).toContain(
      '  kubectl get [(-o|--output=)json|yaml|kyaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE',
    );
  });

  it('prints flags as kubectl does: default after =, usage on a tab-indented line', () => {
    const apply = kubectlCommandHelp('apply') ?? '';
    expect(apply.startsWith('Apply a configuration to a resource by file name or stdin.')).toBe(true);
    expect(apply).toContain(
      '    -f, --filename=[]:\n\tThe files that contain the configurations to apply.\n\n',
    );
    expect(apply).toContain("    --dry-run='none':\n");
    expect(apply).toContain('    --grace-period=-1:\n');
    expect(apply).toContain('    --timeout=0s:\n');
    expect(kubectlCommandHelp('exec')).toContain("    -c, --container='':\n");
  });

  it('lists kyaml among output formats, as v1.35 does', () => {
    for (const verb of ['apply', 'create', 'run', 'expose', 'get', 'wait']) {
      expect(kubectlCommandHelp(verb), verb).toContain('One of: (json, yaml, kyaml, name,');
    }
  });

  it('lists subcommands for create and cluster-info', () => {
    expect(kubectlCommandHelp('create')).toContain('Available Commands:\n  clusterrole ');
    expect(kubectlCommandHelp('cluster-info')).toContain(
      'Use "kubectl cluster-info <command> --help" for more information about a given command.\n',
    );
  });

  it('declares the flags the parser uses from the same table', () => {
    const get = KUBECTL_COMMAND_HELP.get?.flags.map((f) => f.name) ?? [];
    expect(get).toEqual(
      expect.arrayContaining(['output', 'selector', 'watch', 'all-namespaces', 'show-labels']),
    );
  });
});

describe('kubectl options', () => {
  it('lists the global flags with their defaults', () => {
    const help = kubectlOptionsHelp(undefined, '/home/learner');
    expect(help.startsWith("The following options can be passed to any command:\n\n    --as='':\n")).toBe(
      true,
    );
    expect(help).toContain("    --cache-dir='/home/learner/.kube/cache':\n\tDefault cache directory\n");
    expect(help).toContain(
      "    -n, --namespace='':\n\tIf present, the namespace scope for this CLI request\n",
    );
    expect(help).toContain('    --log-flush-frequency=5s:\n');
    expect(help).toContain('    --vmodule=:\n');
    expect(help).toContain('    -v, --v=0:\n\tnumber for the log level verbosity\n');
  });
});
