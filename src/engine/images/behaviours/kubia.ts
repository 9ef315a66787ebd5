/**
 * The kubia app of *Kubernetes in Action* (ch. 2): a Node.js HTTP server on 8080 that
 * answers `You've hit <hostname>`. It runs as `node app.js`, PID 1, with no SIGTERM
 * handler — so the signal is ignored and every delete waits out the grace period before
 * SIGKILL (exit 137). The book's later variants are here too: `kubia-unhealthy` (ch. 4,
 * 500 after five requests) and v1–v3 (ch. 9 rolling updates; v3 fails from the fifth).
 */
import { forever, listen, type Behaviour, type Gen, type HttpResponse, type ProcessContext, type Program } from '../effects';

/** The book's app.js, as `docker build` copies it into the kubia image. */
export const KUBIA_APP_JS = `const http = require('http');
const os = require('os');

console.log("Kubia server starting...");

var handler = function(request, response) {
  console.log("Received request from " + request.connection.remoteAddress);
  response.writeHead(200);
  response.end("You've hit " + os.hostname() + "\\n");
};

var www = http.createServer(handler);
www.listen(8080);
`;

export type KubiaVariant = 'kubia' | 'kubia-unhealthy' | 'kubia-v1' | 'kubia-v2' | 'kubia-v3';

/** Whether a file is the kubia server (whitespace and quote style do not matter). */
export function isKubiaAppJs(text: string): boolean {
  const norm = (s: string): string => s.replace(/\s+/g, '').replace(/'/g, '"').replace(/;/g, '');
  return norm(text) === norm(KUBIA_APP_JS);
}

function answer(variant: KubiaVariant, count: number, hostname: string): Pick<HttpResponse, 'status' | 'body'> {
  if (variant === 'kubia-unhealthy' && count > 5) return { status: 500, body: "I'm not well. Please restart me!" };
  if (variant === 'kubia-v3' && count >= 5) return { status: 500, body: `Some internal error has occurred! This is pod ${hostname}\n` };
  if (variant === 'kubia-v1') return { status: 200, body: `This is v1 running in pod ${hostname}\n` };
  if (variant === 'kubia-v2') return { status: 200, body: `This is v2 running in pod ${hostname}\n` };
  if (variant === 'kubia-v3') return { status: 200, body: `This is v3 running in pod ${hostname}\n` };
  return { status: 200, body: `You've hit ${hostname}\n` };
}

/** Node listens on `::` (dual stack), so IPv4 clients appear as `::ffff:10.244.1.1`. */
function nodeRemote(remoteAddr: string): string {
  const ip = remoteAddr.replace(/:\d+$/, '');
  return ip.includes(':') ? ip : `::ffff:${ip}`;
}

/** Node 7's crash when port 8080 is taken: an unhandled 'error' event, exit 1. */
export const NODE_EADDRINUSE = (port: number, script: string): string[] => [
  'events.js:163',
  "      throw er; // Unhandled 'error' event",
  '      ^',
  '',
  `Error: listen EADDRINUSE :::${port}`,
  '    at Object.exports._errnoException (util.js:1050:11)',
  '    at exports._exceptionWithHostPort (util.js:1073:20)',
  '    at Server._listen2 (net.js:1259:14)',
  '    at listen (net.js:1295:10)',
  '    at Server.listen (net.js:1391:5)',
  `    at Object.<anonymous> (${script}:13:5)`,
  '    at Module._compile (module.js:571:32)',
  '    at Object.Module._extensions..js (module.js:580:10)',
  '    at Module.load (module.js:488:32)',
  '    at tryModuleLoad (module.js:447:12)',
];

export function* kubiaMain(ctx: ProcessContext, variant: KubiaVariant, script: string): Gen<number> {
  yield { op: 'log', stream: 'stdout', text: 'Kubia server starting...' };
  let count = 0;
  const bound = yield* listen(8080, {
    handle(req, c) {
      count++;
      const { status, body } = answer(variant, count, c.hostname);
      return { status, body, log: [`Received request from ${nodeRemote(req.remoteAddr)}`] };
    },
  });
  if (!bound.ok) {
    for (const text of NODE_EADDRINUSE(8080, script)) yield { op: 'log', stream: 'stderr', text };
    return 1;
  }
  return yield* forever();
}

export function kubiaBehaviour(variant: KubiaVariant, script = '/app.js'): Behaviour {
  return {
    start(ctx: ProcessContext): Program {
      return (function* (): Program {
        const code = yield* kubiaMain(ctx, variant, script);
        yield { op: 'exit', code };
        return code;
      })();
    },
    // PID 1 without a handler: the kernel drops SIGTERM.
    onSigterm: () => ({ action: 'ignore' }),
  };
}
