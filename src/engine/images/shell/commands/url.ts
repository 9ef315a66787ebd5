/** URLs as curl and wget read them, and the HTTP reason phrases they print. */

export interface ParsedUrl {
  scheme: string;
  host: string;
  port: number;
  path: string;
  /** `http://web:8080/x` normalised (scheme added when missing, as curl does). */
  href: string;
}

export function parseUrl(text: string): ParsedUrl | undefined {
  const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\[[^\]]+\]|[^/:?#]*)(?::(\d+))?([/?#].*)?$/i.exec(text);
  if (!m || !m[2]) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const host = m[2];
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  const path = m[4] ? (m[4].startsWith('/') ? m[4] : `/${m[4]}`) : '/';
  const href = `${scheme}://${host}${m[3] ? `:${m[3]}` : ''}${path}`;
  return { scheme, host, port, path, href };
}

export function isIpLiteral(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

const REASONS: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Not Allowed',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Time-out',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? '';
}

/** glibc's strerror for the connection errors the runtime reports. */
export function connectErrorText(error: string): string {
  const table: Record<string, string> = {
    ECONNREFUSED: 'Connection refused',
    ETIMEDOUT: 'Connection timed out',
    EHOSTUNREACH: 'No route to host',
    ENETUNREACH: 'Network is unreachable',
    ECONNRESET: 'Connection reset by peer',
  };
  return table[error] ?? error;
}
