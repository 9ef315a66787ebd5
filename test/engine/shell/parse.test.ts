import { describe, expect, it } from 'vitest';
import { listText, parseScript, parseScriptRaw } from '../../../src/engine/shell';
import type { Script, SimpleCommand } from '../../../src/engine/shell';

const ENV = { X: 'one two', EMPTY: '', SP: '  lead  trail  ', HOME: '/home/learner', NS: 'kube-system' };

function script(text: string, env: Record<string, string> = ENV): Script {
  const r = parseScript(text, env);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got ${r.error}`);
  return r.script;
}

function commands(text: string, env?: Record<string, string>): SimpleCommand[] {
  return script(text, env).lists.flatMap((l) =>
    [l.first, ...l.rest.map((r) => r.pipeline)].flatMap((p) => p.commands),
  );
}

/** The arguments of `printf X <words>` — compared with what bash 5.2 passes. */
function words(text: string): string[] {
  return commands(`printf X ${text}`)[0]?.argv.slice(2) ?? [];
}

describe('words and quoting, as bash splits them', () => {
  // Expected values were produced by running the same line through bash 5.2.
  it.each([
    ['a b c', ['a', 'b', 'c']],
    [`'a b' "c d"`, ['a b', 'c d']],
    [`"a\\$b\\"c\\\\d\\e"`, ['a$b"c\\d\\e']],
    ['a\\ b\\\\c', ['a b\\c']],
    [`"$X" $X`, ['one two', 'one', 'two']],
    [`a$X"b"`, ['aone', 'twob']],
    [`$EMPTY x "" y ''`, ['x', '', 'y', '']],
    ['$SP', ['lead', 'trail']],
    ['"$SP"', ['  lead  trail  ']],
    ['a${SP}b', ['a', 'lead', 'trail', 'b']],
    [`a'b'"c"d`, ['abcd']],
    [`'\\'`, ['\\']],
    [`"'"`, ["'"]],
    [`\\$X '$X' "\\$X"`, ['$X', '$X', '$X']],
    ['$ $. a$ "$"', ['$', '$.', 'a$', '$']],
    ["$'a\\tb\\n' $'it\\'s'", ['a\tb\n', "it's"]],
    ['"a\nb"', ['a\nb']],
    ['a\\\nb', ['ab']],
    ['* ?.yaml', ['*', '?.yaml']],
  ])('%j', (input, expected) => {
    expect(words(input)).toEqual(expected);
  });
});

describe('parameter expansion', () => {
  it.each([
    ['${X:-def} ${EMPTY:-def} ${EMPTY-def} ${UNSET-def}', ['one', 'two', 'def', 'def']],
    ['${X:+alt} ${EMPTY:+alt} ${EMPTY+alt}', ['alt', 'alt']],
    ['${#X} ${#UNSET}', ['7', '0']],
    ['"${UNSET:-$X}"', ['one two']],
    ['$UNKNOWN_VAR end', ['end']],
    ['-n $NS', ['-n', 'kube-system']],
  ])('%j', (input, expected) => {
    expect(words(input)).toEqual(expected);
  });

  it('takes $? from the env, and 0 before any command ran', () => {
    expect(commands('echo $?', { '?': '1' })[0]?.argv).toEqual(['echo', '1']);
    expect(commands('echo $?', {})[0]?.argv).toEqual(['echo', '0']);
  });

  it('expands ~ at the start of a word only, unquoted', () => {
    expect(words('~ ~/pod.yaml a~ "~" ~x')).toEqual([
      '/home/learner',
      '/home/learner/pod.yaml',
      'a~',
      '~',
      '~x',
    ]);
  });

  it('carries plain assignments to later lines, as an interactive shell would', () => {
    const cmds = commands('NS=dev\nkubectl get pods -n $NS\nexport TAG=v2; echo $TAG');
    expect(cmds[0]).toEqual({ argv: [], redirects: [], assignments: { NS: 'dev' } });
    expect(cmds[1]?.argv).toEqual(['kubectl', 'get', 'pods', '-n', 'dev']);
    expect(cmds[3]?.argv).toEqual(['echo', 'v2']);
  });

  it('keeps FOO=bar before a command as that command’s environment only', () => {
    const cmds = commands('FOO=bar kubectl get pods; echo $FOO', {});
    expect(cmds[0]).toEqual({ argv: ['kubectl', 'get', 'pods'], redirects: [], assignments: { FOO: 'bar' } });
    expect(cmds[1]?.argv).toEqual(['echo']);
  });

  it('treats NAME=value after the command name as an ordinary argument', () => {
    expect(commands('kubectl set env deploy/web A=1')[0]?.argv).toEqual([
      'kubectl',
      'set',
      'env',
      'deploy/web',
      'A=1',
    ]);
  });
});

describe('comments', () => {
  it('starts a comment only at the start of a word', () => {
    const s = script('kubectl get pods   # list them\necho a#b #c\n# whole line\n');
    expect(s.lists.map((l) => l.first.commands[0]?.argv)).toEqual([
      ['kubectl', 'get', 'pods'],
      ['echo', 'a#b'],
    ]);
    expect(s.source).toEqual(['kubectl get pods', 'echo a#b']);
  });

  it('does not treat a quoted or escaped # as a comment', () => {
    expect(words(`'#' "#x" \\#y`)).toEqual(['#', '#x', '#y']);
  });
});

describe('lists, and-or chains and pipelines', () => {
  it('splits on ; and newlines and keeps each list’s source text', () => {
    const s = script('kubectl get pods; kubectl get svc\n\nkubectl get nodes');
    expect(s.source).toEqual(['kubectl get pods', 'kubectl get svc', 'kubectl get nodes']);
  });

  it('builds && and || chains in order', () => {
    const list = script('kubectl get pod web && echo found || echo missing').lists[0];
    expect(list?.first.commands[0]?.argv).toEqual(['kubectl', 'get', 'pod', 'web']);
    expect(list?.rest.map((r) => [r.op, r.pipeline.commands[0]?.argv])).toEqual([
      ['&&', ['echo', 'found']],
      ['||', ['echo', 'missing']],
    ]);
  });

  it('lets a chain continue on the next line after && or |', () => {
    const s = script('kubectl get pods &&\n  echo ok\nkubectl get pods |\n  grep web');
    expect(s.lists).toHaveLength(2);
    expect(s.lists[1]?.first.commands.map((c) => c.argv[0])).toEqual(['kubectl', 'grep']);
  });

  it('parses pipelines and a leading !', () => {
    const p = script('! kubectl get pods | grep Running | wc -l').lists[0]?.first;
    expect(p?.negated).toBe(true);
    expect(p?.commands.map((c) => c.argv)).toEqual([
      ['kubectl', 'get', 'pods'],
      ['grep', 'Running'],
      ['wc', '-l'],
    ]);
    expect(script('! ! true').lists[0]?.first.negated).toBe(false);
    expect(script('kubectl get pod x && ! kubectl get pod y').lists[0]?.rest[0]?.pipeline.negated).toBe(true);
    expect(script('!').lists[0]?.first).toEqual({
      commands: [{ argv: [], redirects: [], assignments: {} }],
      negated: true,
    });
  });

  it('keeps a backslash-newline continuation inside one command', () => {
    const s = script('kubectl run web \\\n  --image=nginx \\\n  --port=80');
    expect(s.lists[0]?.first.commands[0]?.argv).toEqual([
      'kubectl',
      'run',
      'web',
      '--image=nginx',
      '--port=80',
    ]);
    expect(s.source[0]).toBe('kubectl run web \\\n  --image=nginx \\\n  --port=80');
  });
});

describe('redirections', () => {
  it.each([
    ['kubectl get pods > out.txt', [{ op: '>', target: 'out.txt' }]],
    ['kubectl get pods >> out.txt', [{ op: '>>', target: 'out.txt' }]],
    ['kubectl apply -f - < pod.yaml', [{ op: '<', target: 'pod.yaml' }]],
    ['kubectl get pod x 2>/dev/null', [{ op: '2>', target: '/dev/null' }]],
    [
      'kubectl get pod x >out 2>&1',
      [
        { op: '>', target: 'out' },
        { op: '2>&1', target: '1' },
      ],
    ],
    ['echo oops >&2', [{ op: '>&2', target: '2' }]],
    [
      'kubectl get pods &> all.txt',
      [
        { op: '>', target: 'all.txt' },
        { op: '2>&1', target: '1' },
      ],
    ],
    [
      'kubectl get pods 1>out 2>>err',
      [
        { op: '>', target: 'out' },
        { op: '2>>', target: 'err' },
      ],
    ],
  ])('%s', (text, redirects) => {
    expect(commands(text)[0]?.redirects).toEqual(redirects);
  });

  it('takes a digit as a file descriptor only when it stands alone before > ', () => {
    expect(commands('echo a2>f')[0]).toMatchObject({
      argv: ['echo', 'a2'],
      redirects: [{ op: '>', target: 'f' }],
    });
    expect(commands('echo 2 >f')[0]).toMatchObject({
      argv: ['echo', '2'],
      redirects: [{ op: '>', target: 'f' }],
    });
  });

  it('expands the target, and reports an ambiguous one as bash does', () => {
    expect(commands('echo > $NS.txt')[0]?.redirects).toEqual([{ op: '>', target: 'kube-system.txt' }]);
    expect(parseScript('echo hi > $X', ENV)).toMatchObject({
      ok: false,
      error: 'bash: $X: ambiguous redirect',
    });
  });

  it('turns |& into 2>&1 on the left command', () => {
    expect(commands('kubectl logs web |& grep err')[0]?.redirects).toEqual([{ op: '2>&1', target: '1' }]);
  });
});

describe('background jobs (&), as bash parses them', () => {
  it('ends a list with & and runs it in the background; the source keeps the &', () => {
    const s = script('kubectl port-forward pod/kubia 8888:8080 &');
    expect(s.lists).toHaveLength(1);
    expect(s.lists[0]?.background).toBe(true);
    expect(s.source).toEqual(['kubectl port-forward pod/kubia 8888:8080 &']);
  });

  it('runs a in the background and b in the foreground for `a & b`', () => {
    const s = script('sleep 5 & echo now');
    expect(s.lists.map((l) => [l.first.commands[0]?.argv[0], l.background === true])).toEqual([
      ['sleep', true],
      ['echo', false],
    ]);
    expect(s.source).toEqual(['sleep 5 &', 'echo now']);
  });

  it('puts a whole && chain in the background, not just its last command', () => {
    const list = script('sleep 1 && echo done &').lists[0];
    expect(list?.background).toBe(true);
    expect(list?.rest.map((r) => r.op)).toEqual(['&&']);
  });

  it('tells && from & and keeps ; lists in the foreground', () => {
    const s = script('a && b; c & d');
    expect(s.lists.map((l) => l.background === true)).toEqual([false, true, false]);
    expect(s.source).toEqual(['a && b', 'c &', 'd']);
  });

  it('refuses & where bash does: before ; or with nothing in front', () => {
    expect(parseScript('sleep 1 & ;').ok).toBe(false);
    expect(parseScript('& echo x').ok).toBe(false);
  });

  it('prints a job back as bash does in `jobs`: words as typed, a space after a redirection', () => {
    const raw = parseScriptRaw("kubectl get pod 'my pod'   2>/dev/null >out.txt && echo ok | grep o &");
    if (!raw.ok) throw new Error(raw.error);
    expect(listText(raw.script.lists[0]!)).toBe("kubectl get pod 'my pod' 2> /dev/null > out.txt && echo ok | grep o");
  });
});
