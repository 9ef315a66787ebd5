/**
 * `python3 -m http.server`'s SimpleHTTPRequestHandler: a file under its directory as it
 * is, a directory's `index.html` or else a listing of its entries, 301 to add the slash a
 * directory's URL lacks, 404 for the rest. It speaks HTTP/1.0 and logs each request on
 * stderr (`10.244.1.3 - - [05/Jan/2026 09:10:01] "GET / HTTP/1.1" 200 -`).
 */
import { httpDate } from '../clock';
import { utf8Length, type FileView, type HttpRequest, type HttpResponse } from '../effects';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** BaseHTTPRequestHandler.log_date_time_string: `05/Jan/2026 09:10:01`, local time (UTC here). */
export function pythonLogTime(t: number): string {
  const d = new Date(t);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** mimetypes' answers for what a learner serves; anything else is application/octet-stream. */
const TYPES: Record<string, string> = {
  html: 'text/html', htm: 'text/html', txt: 'text/plain', css: 'text/css', js: 'text/javascript', json: 'application/json',
  py: 'text/x-python', xml: 'text/xml', csv: 'text/csv', md: 'text/markdown', png: 'image/png', jpg: 'image/jpeg', svg: 'image/svg+xml',
};

/** What each error says: send_error's message and http.HTTPStatus's description. */
const ERRORS: Record<number, (method: string) => [string, string]> = {
  404: () => ['File not found', 'Nothing matches the given URI'],
  501: (method) => [`Unsupported method ('${method}')`, 'Server does not support this operation'],
};

/** The reason phrases of the statuses it sends itself; send_error puts its message there instead. */
const REASONS: Record<number, string> = { 200: 'OK', 301: 'Moved Permanently' };

export interface PythonServer {
  /** The directory served (`--directory`, else the working directory). */
  root: string;
  version: string;
  files: FileView;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** urllib.parse.quote: everything but letters, digits, `_.-~` and `/` percent-encoded. */
const quote = (s: string): string => encodeURIComponent(s).replace(/%2F/g, '/').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** list_directory's page: entries sorted without regard to case, `/` after a directory, `@` after a link. */
export function directoryListing(s: PythonServer, dir: string, urlPath: string): string {
  const title = `Directory listing for ${escapeHtml(decodeURIComponent(urlPath))}`;
  const names = [...(s.files.list?.(dir) ?? [])].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  const lines = ['<!DOCTYPE HTML>', '<html lang="en">', '<head>', '<meta charset="utf-8">', `<title>${title}</title>\n</head>`, `<body>\n<h1>${title}</h1>`, '<hr>\n<ul>'];
  for (const name of names) {
    const full = `${dir.replace(/\/$/, '')}/${name}`;
    const st = s.files.stat?.(full);
    const isDir = st ? st.type === 'dir' : s.files.isDir(full);
    const link = isDir ? `${name}/` : name;
    const display = st?.link !== undefined ? `${name}@` : link;
    lines.push(`<li><a href="${quote(link)}">${escapeHtml(display)}</a></li>`);
  }
  lines.push('</ul>\n<hr>\n</body>\n</html>\n');
  return lines.join('\n');
}

function errorPage(code: number, message: string, explain: string): string {
  return `<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: ${code}</p>
        <p>Message: ${escapeHtml(message)}.</p>
        <p>Error code explanation: ${code} - ${explain}.</p>
    </body>
</html>
`;
}

function logLine(req: HttpRequest, t: number, text: string): string {
  return `${req.remoteAddr.replace(/:\d+$/, '')} - - [${pythonLogTime(t)}] ${text}`;
}

/** Answer one request as SimpleHTTPRequestHandler does (GET and HEAD). */
export function servePython(s: PythonServer, req: HttpRequest, now: number): HttpResponse {
  const t = req.time ?? now;
  const requestLine = `"${req.method} ${req.path} HTTP/1.1"`;
  const base = { Server: `SimpleHTTP/0.6 Python/${s.version}`, Date: httpDate(t) };
  const reply = (status: number, headers: Record<string, string>, body: string, extraLog: string[] = [], reason = REASONS[status]): HttpResponse => ({
    status,
    statusLine: `HTTP/1.0 ${status} ${reason}`,
    headers: { ...base, ...headers },
    body: req.method === 'HEAD' ? '' : body,
    errorLog: [...extraLog.map((l) => logLine(req, t, l)), logLine(req, t, `${requestLine} ${status} -`)],
  });
  const fail = (code: number): HttpResponse => {
    const [message, explain] = ERRORS[code]!(req.method);
    const body = errorPage(code, message, explain);
    return reply(code, { Connection: 'close', 'Content-Type': 'text/html;charset=utf-8', 'Content-Length': String(utf8Length(body)) }, body, [`code ${code}, message ${message}`], message);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return fail(501);
  const urlPath = req.path.split(/[?#]/)[0] ?? '/';
  const path = `${s.root.replace(/\/$/, '')}${decodeURIComponent(urlPath)}`;
  if (s.files.isDir(path)) {
    if (!urlPath.endsWith('/')) return reply(301, { Location: `${urlPath}/`, 'Content-Length': '0' }, '');
    for (const index of ['index.html', 'index.htm']) {
      const text = s.files.read(`${path}${index}`);
      if (text !== undefined) return fileReply(s, reply, `${path}${index}`, text);
    }
    const body = directoryListing(s, path, req.path);
    return reply(200, { 'Content-type': 'text/html; charset=utf-8', 'Content-Length': String(utf8Length(body)) }, body);
  }
  const text = urlPath.endsWith('/') ? undefined : s.files.read(path);
  return text === undefined ? fail(404) : fileReply(s, reply, path, text);
}

function fileReply(s: PythonServer, reply: (status: number, headers: Record<string, string>, body: string) => HttpResponse, path: string, text: string): HttpResponse {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const st = s.files.stat?.(path);
  const headers: Record<string, string> = { 'Content-type': TYPES[ext] ?? 'application/octet-stream', 'Content-Length': String(st?.size ?? utf8Length(text)) };
  if (st) headers['Last-Modified'] = httpDate(st.mtime);
  return reply(200, headers, text);
}
