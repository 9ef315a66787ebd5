/**
 * The `node` binary of the node images. With no script and no terminal the REPL reads an
 * empty stdin and exits 0; with a script it runs it — the kubia server when the file is
 * the book's app.js, a generic server otherwise; a missing file is Node 7's
 * `Cannot find module` crash.
 */
import { forever, type Behaviour, type Gen, type ProcessContext, type Program } from '../effects';
import { resolvePath } from '../shell/registry';
import { genericServer } from './generic';
import { isKubiaAppJs, kubiaMain } from './kubia';

function moduleNotFound(path: string): string[] {
  return [
    'module.js:471',
    '    throw err;',
    '    ^',
    '',
    `Error: Cannot find module '${path}'`,
    '    at Function.Module._resolveFilename (module.js:469:15)',
    '    at Function.Module._load (module.js:417:25)',
    '    at Module.runMain (module.js:604:10)',
    '    at run (bootstrap_node.js:390:7)',
    '    at startup (bootstrap_node.js:150:9)',
    '    at bootstrap_node.js:505:3',
  ];
}

function readImageFile(ctx: ProcessContext, path: string): string | undefined {
  return ctx.files ? ctx.files.read(path) : ctx.image.files[path];
}

function* nodeMain(ctx: ProcessContext, argv: readonly string[]): Gen<number> {
  const script = argv.slice(1).find((a) => !a.startsWith('-'));
  if (!script) return ctx.stdinOpen ? yield* forever() : 0;
  const path = resolvePath(ctx.image.config.workingDir || '/', script);
  const text = readImageFile(ctx, path) ?? (path.endsWith('.js') ? undefined : readImageFile(ctx, `${path}.js`));
  if (text === undefined) {
    for (const line of moduleNotFound(path)) yield { op: 'log', stream: 'stderr', text: line };
    return 1;
  }
  if (isKubiaAppJs(text)) return yield* kubiaMain(ctx, 'kubia', path);
  return yield* genericServer(ctx);
}

export function nodeBehaviour(argv: readonly string[]): Behaviour {
  return {
    start(ctx: ProcessContext): Program {
      return (function* (): Program {
        const code = yield* nodeMain(ctx, argv);
        yield { op: 'exit', code };
        return code;
      })();
    },
    onSigterm: () => ({ action: 'ignore' }),
  };
}
