import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/engine';

/** The page's editor pane as kubectl edit's editor: the line waits until the pane is closed. */
describe('kubectl edit with the editor pane', () => {
  function editing() {
    const sb = createSandbox({ seed: 1, editorPane: true });
    sb.run('kubectl run web --image=nginx:1.27');
    const r = sb.run('kubectl edit pod web');
    expect(r.editing).toMatch(/^\/tmp\/kubectl-edit-\d+\.yaml$/);
    expect(sb.editing).toBe(r.editing);
    return { sb, path: r.editing! };
  }

  it('applies what was saved when the pane is closed', () => {
    const { sb, path } = editing();
    expect(sb.files().get(path)).toContain('# Please edit the object below.');
    sb.writeFile(path, sb.files().get(path)!.replace('image: nginx:1.27', 'image: nginx:1.28'));
    const done = sb.closeEditorAndWait()!;
    expect(done.output).toBe('pod/web edited\n');
    expect(done.exitCode).toBe(0);
    expect(sb.files().has(path)).toBe(false);
    expect(sb.run("kubectl get pod web -o jsonpath='{.spec.containers[0].image}'").output).toBe('nginx:1.28');
  });

  it('reopens a refused change with the error, and gives up when closed unchanged', () => {
    const { sb, path } = editing();
    sb.writeFile(path, sb.files().get(path)!.replace('- image: nginx:1.27', '- ports: [{containerPort: 8080}]\n    image: nginx:1.27'));
    const again = sb.closeEditorAndWait()!;
    expect(again.output).toBe('error: pods "web" is invalid\n');
    expect(again.editing).toMatch(/^\/tmp\/kubectl-edit-\d+\.yaml$/);
    expect(sb.files().get(again.editing!)).toContain('# pods "web" was not valid:\n# * spec: Forbidden: pod updates may not change fields');
    const end = sb.closeEditorAndWait()!;
    expect(end.output).toBe(`A copy of your changes has been stored to "${again.editing}"\nerror: Edit cancelled, no valid changes were saved.\n`);
    expect(end.exitCode).toBe(1);
  });

  it('is cancelled unchanged, stopped by Ctrl-C, and replayed by seek', () => {
    const { sb, path } = editing();
    sb.writeFile(path, sb.files().get(path)!.replace('image: nginx:1.27', 'image: nginx:1.28'));
    sb.closeEditorAndWait();
    sb.runUntilIdle();
    const image = () => sb.run("kubectl get pod web -o jsonpath='{.spec.containers[0].image}'").output;
    expect(image()).toBe('nginx:1.28');
    sb.seek(sb.now());
    expect(image()).toBe('nginx:1.28');
    expect(sb.run('kubectl edit pod web').editing).toBeDefined();
    sb.interrupt();
    expect(sb.editing).toBeUndefined();
    expect(sb.run('kubectl edit pod web').editing).toBeDefined();
    expect(sb.closeEditorAndWait()!.output).toBe('Edit cancelled, no changes made.\n');
  });

  it('stops an editor command with kubectl on Ctrl-C', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run('kubectl run web --image=nginx:1.27');
    const job = sb.start('KUBE_EDITOR="sleep 100" kubectl edit pod web');
    sb.advance(2000);
    expect(job.done).toBe(false);
    sb.interrupt();
    sb.advance(200_000);
    expect(job.output).toBe('^C\n');
    expect(sb.run('echo $?').output).toBe('130\n');
  });

  it('stops in the background (SIGTTOU) and opens the pane when fg brings it back', () => {
    const sb = createSandbox({ seed: 1, editorPane: true });
    sb.run('kubectl run web --image=nginx:1.27');
    expect(sb.run('kubectl edit pod web &').output).toBe('[1] 2362\n');
    expect(sb.run('sleep 1').output).toBe('\n[1]+  Stopped                 kubectl edit pod web\n');
    expect(sb.editing).toBeUndefined();
    expect(sb.run('jobs').output).toBe('[1]+  Stopped                 kubectl edit pod web\n');
    const fg = sb.run('fg');
    expect(fg.output).toBe('kubectl edit pod web\n');
    expect(fg.editing).toMatch(/^\/tmp\/kubectl-edit-\d+\.yaml$/);
    expect(sb.editing).toBe(fg.editing);
    sb.writeFile(fg.editing!, sb.files().get(fg.editing!)!.replace('image: nginx:1.27', 'image: nginx:1.28'));
    const done = sb.closeEditorAndWait()!;
    expect(done).toEqual({ output: 'pod/web edited\n', exitCode: 0 });
    expect(sb.run('jobs').output).toBe('');
    expect(sb.run("kubectl get pod web -o jsonpath='{.spec.containers[0].image}'").output).toBe('nginx:1.28');
    // Replayed from its log, the line brought back with fg waits for the pane again, and the pane's close goes to its job.
    sb.seek(sb.now());
    expect(sb.run("kubectl get pod web -o jsonpath='{.spec.containers[0].image}'").output).toBe('nginx:1.28');
  });

  it('ends a stopped edit on kill, and on Ctrl-C once fg has brought it back', () => {
    const sb = createSandbox({ seed: 1, editorPane: true });
    sb.run('kubectl run web --image=nginx:1.27');
    sb.run('kubectl edit pod web &');
    sb.run('sleep 1');
    expect(sb.run('kill %1').output).toBe('[1]+  Terminated              kubectl edit pod web\n');
    sb.run('kubectl edit pod web &');
    sb.run('sleep 1');
    expect(sb.run('fg %1').editing).toBeDefined();
    sb.interrupt();
    expect(sb.editing).toBeUndefined();
    expect(sb.run('echo $?').output).toBe('130\n');
    expect(sb.run('jobs').output).toBe('');
    expect(sb.run('kubectl edit pod web').editing).toBeDefined();
    expect(sb.closeEditorAndWait()!.output).toBe('Edit cancelled, no changes made.\n');
  });
});
