import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/engine/shell';
import type { Script } from '../../../src/engine/shell';

function script(text: string, env: Record<string, string> = { NAME: 'web', HOME: '/home/learner' }): Script {
  const r = parseScript(text, env);
  if (!r.ok) throw new Error(r.error);
  return r.script;
}

const APPLY = `cat <<EOF | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: $NAME
spec:
  containers:
  - name: nginx
    image: nginx:1.27
EOF
kubectl get pods`;

describe('heredocs', () => {
  it('feeds the body to cat in `cat <<EOF | kubectl apply -f -`', () => {
    const s = script(APPLY);
    const [cat, apply] = s.lists[0]?.first.commands ?? [];
    expect(cat?.argv).toEqual(['cat']);
    expect(cat?.stdin).toBe(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.27\n',
    );
    expect(apply?.argv).toEqual(['kubectl', 'apply', '-f', '-']);
    expect(apply?.stdin).toBeUndefined();
    expect(s.lists[1]?.first.commands[0]?.argv).toEqual(['kubectl', 'get', 'pods']);
  });

  it('echoes the whole heredoc as the list’s source, delimiter line included', () => {
    const s = script(APPLY);
    expect(s.source[0]).toBe(APPLY.slice(0, APPLY.indexOf('\nkubectl get pods')));
    expect(s.source[1]).toBe('kubectl get pods');
  });

  it('does not expand with a quoted delimiter', () => {
    for (const open of [`<<'EOF'`, `<<"EOF"`, `<<\\EOF`, `<<E"O"F`]) {
      expect(script(`cat ${open}\nname: $NAME \\$ \`x\`\nEOF`).lists[0]?.first.commands[0]?.stdin).toBe(
        'name: $NAME \\$ `x`\n',
      );
    }
  });

  it('expands $VAR and honours \\$ in an unquoted heredoc, keeping quotes literal', () => {
    expect(script(`cat <<EOF\n"$NAME" '\\$NAME' \\\\ \\n\nEOF`).lists[0]?.first.commands[0]?.stdin).toBe(
      `"web" '$NAME' \\ \\n\n`,
    );
  });

  it('strips leading tabs with <<- from the body and the delimiter line', () => {
    const s = script('cat <<-EOF\n\t\tkind: Pod\n\tname: x\n\tEOF\necho after');
    expect(s.lists[0]?.first.commands[0]?.stdin).toBe('kind: Pod\nname: x\n');
    expect(s.lists[1]?.first.commands[0]?.argv).toEqual(['echo', 'after']);
  });

  it('reads several heredocs in order, one per command, after their line ends', () => {
    const s = script('cat <<A; cat <<B\nfirst\nA\nsecond\nB\necho done');
    const stdins = s.lists.map((l) => l.first.commands[0]?.stdin);
    expect(stdins).toEqual(['first\n', 'second\n', undefined]);
  });

  it('waits for a delimiter line that matches exactly', () => {
    expect(script('cat <<EOF\n EOF\nEOF \nEOF').lists[0]?.first.commands[0]?.stdin).toBe(' EOF\nEOF \n');
  });

  it('warns like bash and still runs when the text ends before the delimiter', () => {
    const s = script('kubectl get pods\ncat <<EOF\nhello');
    expect(s.lists[1]?.first.commands[0]?.stdin).toBe('hello\n');
    expect(s.warnings).toEqual([
      "bash: warning: here-document at line 2 delimited by end-of-file (wanted `EOF')",
    ]);
  });

  it('takes a here-string as stdin with a newline added', () => {
    expect(script('kubectl apply -f - <<< "$NAME"').lists[0]?.first.commands[0]?.stdin).toBe('web\n');
  });
});
