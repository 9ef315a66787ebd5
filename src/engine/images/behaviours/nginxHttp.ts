/**
 * nginx answering HTTP with its default configuration: files under /usr/share/nginx/html,
 * `index.html` for a directory, 403 for a directory without one (an emptyDir mounted over
 * the docroot), 404 otherwise; one access-log line per request on stdout in the image's
 * `main` format, and error-log lines on stderr.
 */
import { accessLogTime, httpDate, nginxErrorTime } from '../clock';
import type { HttpRequest, HttpResponse, ProcessContext } from '../effects';

export const DOCROOT = '/usr/share/nginx/html';

/** The welcome page of nginx ≥ 1.21 (615 bytes). */
export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** The welcome page of older nginx (1.14, 1.16: 612 bytes). */
export const NGINX_WELCOME_OLD = NGINX_WELCOME.replace(
  'html { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }',
  '    body {\n        width: 35em;\n        margin: 0 auto;\n        font-family: Tahoma, Verdana, Arial, sans-serif;\n    }',
);

/** nginx's built-in error page (CRLF line ends, as ngx_http_special_response.c writes them). */
export function errorPage(status: number, reason: string, version: string): string {
  const old = versionBefore(version, 1, 19);
  return [
    '<html>',
    `<head><title>${status} ${reason}</title></head>`,
    old ? '<body bgcolor="white">' : '<body>',
    `<center><h1>${status} ${reason}</h1></center>`,
    `<hr><center>nginx/${version}</center>`,
    '</body>',
    '</html>',
    '',
  ].join('\r\n');
}

export function versionBefore(version: string, major: number, minor: number): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  return a < major || (a === major && b < minor);
}

function readStatic(ctx: ProcessContext, path: string): string | undefined {
  if (ctx.files) return ctx.files.read(path);
  return ctx.image.files[path];
}

function isDir(ctx: ProcessContext, path: string): boolean {
  if (ctx.files) return ctx.files.isDir(path);
  const prefix = `${path.replace(/\/$/, '')}/`;
  return Object.keys(ctx.image.files).some((f) => f.startsWith(prefix));
}

export interface NginxState {
  version: string;
  workerPid: number;
  connections: number;
}

function accessLine(req: HttpRequest, status: number, bytes: number, t: number): string {
  const h = (name: string): string => req.headers[name] ?? req.headers[name.toLowerCase()] ?? '-';
  const remote = req.remoteAddr.replace(/:\d+$/, '');
  return `${remote} - - [${accessLogTime(t)}] "${req.method} ${req.path} HTTP/1.1" ${status} ${bytes} "${h('referer')}" "${h('user-agent')}" "${h('x-forwarded-for')}"`;
}

function errorLine(state: NginxState, req: HttpRequest, t: number, what: string): string {
  const remote = req.remoteAddr.replace(/:\d+$/, '');
  const host = req.headers.host ?? req.headers.Host ?? '';
  const pid = state.workerPid;
  return `${nginxErrorTime(t)} [error] ${pid}#${pid}: *${state.connections} ${what}, client: ${remote}, server: localhost, request: "${req.method} ${req.path} HTTP/1.1", host: "${host}"`;
}

/** Answer one request the way the default server block does. */
export function serveNginx(state: NginxState, req: HttpRequest, ctx: ProcessContext): HttpResponse {
  const t = req.time ?? (ctx.now ? ctx.now() : 0);
  state.connections++;
  const path = req.path.split('?')[0] ?? '/';
  const file = path.endsWith('/') ? `${DOCROOT}${path}index.html` : `${DOCROOT}${path}`;
  const body = readStatic(ctx, file);
  const headers: Record<string, string> = { Server: `nginx/${state.version}`, Date: httpDate(t), 'Content-Type': 'text/html' };
  let status = 200;
  let text = body ?? '';
  const errorLog: string[] = [];
  if (body === undefined) {
    const dirNoIndex = path.endsWith('/') && isDir(ctx, `${DOCROOT}${path}`);
    status = dirNoIndex ? 403 : 404;
    const reason = dirNoIndex ? 'Forbidden' : 'Not Found';
    text = errorPage(status, reason, state.version);
    errorLog.push(
      errorLine(state, req, t, dirNoIndex ? `directory index of "${DOCROOT}${path}" is forbidden` : `open() "${file}" failed (2: No such file or directory)`),
    );
  } else if (!file.endsWith('.html')) headers['Content-Type'] = file.endsWith('.txt') ? 'text/plain' : 'application/octet-stream';
  headers['Content-Length'] = String(text.length);
  headers.Connection = 'keep-alive';
  const sent = req.method === 'HEAD' ? 0 : text.length;
  const response: HttpResponse = { status, headers, body: req.method === 'HEAD' ? '' : text, log: [accessLine(req, status, sent, t)] };
  if (errorLog.length) response.errorLog = errorLog;
  return response;
}
