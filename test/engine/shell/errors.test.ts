import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandCommand, isIncomplete, parseScript, parseScriptRaw } from '../../../src/engine/shell';

function errorOf(text: string): string {
  const r = parseScript(text);
  return r.ok ? 'OK' : r.error;
}

describe('syntax errors, worded as bash 5.2 prints them', () => {
  // Each message was checked against `bash -i` on the same input.
  it.each([
    ['echo a && && b', "bash: syntax error near unexpected token `&&'"],
    ['&& b', "bash: syntax error near unexpected token `&&'"],
    ['| a', "bash: syntax error near unexpected token `|'"],
    ['echo a | | b', "bash: syntax error near unexpected token `|'"],
    ['a || || b', "bash: syntax error near unexpected token `||'"],
    ['; a', "bash: syntax error near unexpected token `;'"],
    ['echo a; ;', "bash: syntax error near unexpected token `;'"],
    ['echo a ;; b', "bash: syntax error near unexpected token `;;'"],
    ['echo a >', "bash: syntax error near unexpected token `newline'"],
    ['echo a > > b', "bash: syntax error near unexpected token `>'"],
    ['echo x > |', "bash: syntax error near unexpected token `|'"],
    ['echo a )', "bash: syntax error near unexpected token `)'"],
    ['fi', "bash: syntax error near unexpected token `fi'"],
    ['kubectl get pods | ! grep x', "bash: syntax error near unexpected token `!'"],
    ['echo a=(1)', "bash: syntax error near unexpected token `('"],
    ['echo a |', 'bash: syntax error: unexpected end of file'],
    ['echo a &&', 'bash: syntax error: unexpected end of file'],
    ['echo a &&  # more later', 'bash: syntax error: unexpected end of file'],
    ["echo 'abc", "bash: unexpected EOF while looking for matching `''"],
    ['echo "abc', 'bash: unexpected EOF while looking for matching `"\''],
    ['echo ${NAME', "bash: unexpected EOF while looking for matching `}'"],
    ['echo ${a b}', 'bash: ${a b}: bad substitution'],
    ['echo ${}', 'bash: ${}: bad substitution'],
  ])('%j', (text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it('keeps the lists before the error, which a script has already run', () => {
    const r = parseScript('kubectl get pods\necho a && && b\nkubectl get svc');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.partial.source).toEqual(['kubectl get pods']);
  });
});

describe('what the sandbox shell does not do', () => {
  it.each([
    ['echo $(kubectl get pods)', 'pod-lab: command substitution is not supported here'],
    ['echo `date`', 'pod-lab: command substitution is not supported here'],
    ['echo "$(date)"', 'pod-lab: command substitution is not supported here'],
    ['cat <<EOF\n$(date)\nEOF', 'pod-lab: command substitution is not supported here'],
    ['echo $((1+2))', 'pod-lab: arithmetic expansion $((…)) is not supported here'],
    ['(cd /tmp)', 'pod-lab: running commands in a subshell ( … ) is not supported here'],
    ['for i in 1 2; do echo $i; done', "pod-lab: a `for' loop is not supported here"],
    ['if true; then echo y; fi', "pod-lab: an `if' statement is not supported here"],
    ['echo a 3>f', "pod-lab: the redirection `3>f' is not supported here"],
  ])('%j', (text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it('leaves $(…) alone inside single quotes and quoted heredocs', () => {
    expect(errorOf("echo '$(date)'")).toBe('OK');
    expect(errorOf("cat <<'EOF'\n$(date) `x`\nEOF")).toBe('OK');
  });
});

describe('isIncomplete: when the terminal shows the `> ` prompt', () => {
  it.each([
    ["echo 'abc", true],
    ['echo "abc', true],
    ['kubectl run web \\', true],
    ['kubectl run web \\\n', true],
    ['kubectl get pods &&', true],
    ['kubectl get pods ||', true],
    ['kubectl get pods |', true],
    ['kubectl get pods | # filter next', true],
    ['cat <<EOF | kubectl apply -f -', true],
    ['cat <<EOF | kubectl apply -f -\napiVersion: v1', true],
    ['cat <<EOF | kubectl apply -f -\napiVersion: v1\nEOF', false],
    ['echo ${X', true],
    ['kubectl get pods', false],
    ['echo a\\\\', false],
    ['echo a && && b', false],
    ['echo $(date', false],
    ['', false],
  ])('%j → %s', (text, incomplete) => {
    expect(isIncomplete(text)).toBe(incomplete);
  });
});

describe('deferred expansion for an interpreter', () => {
  it('expands each command against the variables in force when it runs', () => {
    const r = parseScriptRaw('false || echo $?');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const echo = r.script.lists[0]?.rest[0]?.pipeline.commands[0];
    expect(echo && expandCommand(echo, { '?': '1' })).toEqual({
      ok: true,
      command: { argv: ['echo', '1'], redirects: [], assignments: {} },
    });
  });
});

describe('robustness', () => {
  it('never throws, whatever the learner types', () => {
    const shellish = fc.stringMatching(/^[a-z $'"\\|&;<>(){}#`\n\t=~*!?0-9-]{0,40}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), shellish), (text) => {
        const r = parseScript(text, { X: 'a b' });
        expect(typeof r.ok).toBe('boolean');
        expect(typeof isIncomplete(text)).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });
});
