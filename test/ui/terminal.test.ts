import { describe, expect, it } from 'vitest';
import { History, PROMPT, screen } from '../../src/ui/lib/terminal';
import { applyCompletion, complete, type CompletionContext } from '../../src/ui/lib/completion';

describe('terminal screen', () => {
  it('shows each command with its prompt and output; clear wipes what came before', () => {
    const entries = [
      { key: 0, line: 'kubectl get pods', output: 'No resources found in default namespace.\n', done: true },
      { key: 1, line: 'clear', output: '\x1b[H\x1b[2J', done: true },
      { key: 2, line: "cat <<EOF\nhi\nEOF", output: 'hi\n', done: true },
    ];
    expect(screen(entries).map((b) => b.text)).toEqual([`${PROMPT}cat <<EOF\n> hi\n> EOF`, 'hi\n']);
    expect(screen(entries.slice(0, 1)).map((b) => b.kind)).toEqual(['command', 'output']);
  });

  it("shows a container shell's prompt on the input line while it waits, not at the end of the output", () => {
    const waiting = { key: 0, line: 'kubectl exec -it web -- sh', output: '# hostname\nweb\n# ', done: false, prompt: '# ' };
    expect(screen([waiting]).map((b) => b.text)).toEqual([`${PROMPT}kubectl exec -it web -- sh`, '# hostname\nweb\n']);
    const ended = { ...waiting, output: '# hostname\nweb\n# exit\n', done: true, prompt: undefined };
    expect(screen([ended]).map((b) => b.text)[1]).toBe('# hostname\nweb\n# exit\n');
  });

  it("holds back a command's output, once it has some, while its packet walk plays", () => {
    const entries = [
      { key: 0, line: 'kubectl get pods', output: 'No resources found in default namespace.\n', done: true },
      { key: 1, line: 'curl -s 192.168.56.11:30080', output: "You've hit web-1\n", done: true },
    ];
    const held = { key: 1, text: '… the reply is on its way back' };
    expect(screen(entries, 0, held).map((b) => `${b.kind}: ${b.text}`)).toEqual([
      `command: ${PROMPT}kubectl get pods`,
      'output: No resources found in default namespace.\n',
      `command: ${PROMPT}curl -s 192.168.56.11:30080`,
      'held: … the reply is on its way back',
    ]);
    const silent = [{ ...entries[1]!, output: '', done: false }];
    expect(screen(silent, 0, held).map((b) => b.kind)).toEqual(['command']);
  });

  it('Ctrl-L hides everything before it', () => {
    expect(screen([{ key: 0, line: 'ls', output: 'pod.yaml\n', done: true }], 1)).toEqual([]);
  });

  it('walks the history with ↑ and ↓ and keeps the line being typed', () => {
    const h = new History();
    h.add('kubectl get pods');
    h.add('ls');
    expect(h.up('kub')).toBe('ls');
    expect(h.up('ls')).toBe('kubectl get pods');
    expect(h.up('kubectl get pods')).toBe('kubectl get pods');
    expect(h.down('kubectl get pods')).toBe('ls');
    expect(h.down('ls')).toBe('kub');
  });

  it("keeps every command the shell ran, a lesson's Run buttons included, and skips repeats", () => {
    const h = new History();
    h.sync(['kubectl apply -f pod.yaml']);
    expect(h.up('')).toBe('kubectl apply -f pod.yaml');
    h.sync(['kubectl apply -f pod.yaml', 'kubectl get pods', 'kubectl get pods', '  ']);
    expect(h.up('')).toBe('kubectl get pods');
    expect(h.up('kubectl get pods')).toBe('kubectl apply -f pod.yaml');
    // The same commands again (the terminal re-rendered) keep the place in the history.
    h.sync(['kubectl apply -f pod.yaml', 'kubectl get pods', 'kubectl get pods', '  ']);
    expect(h.down('kubectl apply -f pod.yaml')).toBe('kubectl get pods');
  });
});

describe('tab completion', () => {
  const ctx: CompletionContext = {
    files: ['Dockerfile', 'app.js', 'pod.yaml', 'pods.yaml'],
    resources: ['nodes', 'pods', 'services'],
    names: (r) => ({ pods: ['kubia-manual', 'kubia-2'], nodes: ['node-1', 'node-2'], namespaces: ['default', 'kube-system'] })[r] ?? [],
    plural: (n) => ({ po: 'pods', pod: 'pods', pods: 'pods', node: 'nodes', nodes: 'nodes', no: 'nodes' })[n],
  };
  const tab = (line: string) => applyCompletion(line, complete(line, line.length, ctx));

  it('completes commands, kubectl verbs and resource types', () => {
    expect(tab('kub').line).toBe('kubectl ');
    expect(complete('kubectl ap', 10, ctx).candidates).toEqual(['api-resources', 'api-versions', 'apply']);
    expect(tab('kubectl app').line).toBe('kubectl apply ');
    expect(tab('kubectl get po').line).toBe('kubectl get pods ');
  });

  it('completes port-forward and then a Pod to forward to', () => {
    expect(tab('kubectl port-').line).toBe('kubectl port-forward ');
    expect(complete('kubectl port-forward kubia-m', 28, ctx).candidates).toEqual(['kubia-manual']);
    expect(complete('jo', 2, ctx).candidates).toEqual(['jobs']);
  });

  it('completes the node verbs, then node names (taint: the type first)', () => {
    expect(complete('kubectl dr', 10, ctx).candidates).toEqual(['drain']);
    expect(complete('kubectl cordon ', 15, ctx).candidates).toEqual(['node-1', 'node-2']);
    expect(tab('kubectl uncordon node-1 node-').line).toBe('kubectl uncordon node-1 node-');
    expect(tab('kubectl taint no').line).toBe('kubectl taint nodes ');
    expect(complete('kubectl taint nodes ', 20, ctx).candidates).toEqual(['node-1', 'node-2']);
  });

  it('completes the subcommands of rollout and set, then their resource types and names', () => {
    expect(complete('kubectl rollout ', 16, ctx).candidates).toEqual(['history', 'restart', 'status', 'undo']);
    expect(tab('kubectl rollout un').line).toBe('kubectl rollout undo ');
    expect(tab('kubectl set i').line).toBe('kubectl set image ');
    expect(tab('kubectl create n').line).toBe('kubectl create namespace ');
    expect(tab('kubectl create service n').line).toBe('kubectl create service nodeport ');
    expect(complete('kubectl create namespace ', 25, ctx).candidates).toEqual([]);
    expect(tab('kubectl rollout history no').line).toBe('kubectl rollout history nodes ');
    expect(tab('kubectl set image pod kubia-m').line).toBe('kubectl set image pod kubia-manual ');
  });

  it('completes object names from the cluster, also after TYPE/', () => {
    expect(tab('kubectl describe pod kubia-m').line).toBe('kubectl describe pod kubia-manual ');
    expect(tab('kubectl get no/node-').ambiguous).toBe(true);
    expect(complete('kubectl get no/', 15, ctx).candidates).toEqual(['no/node-1', 'no/node-2']);
    expect(tab('kubectl logs ku').line).toBe('kubectl logs kubia-');
  });

  it('completes file names after -f and for other commands', () => {
    expect(tab('kubectl apply -f pod').line).toBe('kubectl apply -f pod');
    expect(complete('kubectl apply -f pod', 20, ctx).candidates).toEqual(['pod.yaml', 'pods.yaml']);
    expect(tab('cat Do').line).toBe('cat Dockerfile ');
    expect(tab('kubectl get pods -n kube-s').line).toBe('kubectl get pods -n kube-system ');
  });
});
