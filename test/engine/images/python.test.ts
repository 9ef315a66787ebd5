import { describe, expect, it } from 'vitest';
import { defaultCatalog, lookupImage } from '../../../src/engine/images/catalog';
import type { FileStat, FileView } from '../../../src/engine/images/effects';
import { execCommand } from '../../../src/engine/images/process';
import { runPrints } from '../../../src/engine/images/behaviours/python';
import { pythonLogTime, servePython } from '../../../src/engine/images/behaviours/pythonHttp';
import { context, run, world } from './driver';

const catalog = defaultCatalog();

describe('the python images', () => {
  it('answer to python:3.12-slim, python:3.12 and python:3, Debian-based with python3 on the PATH', () => {
    const slim = lookupImage(catalog, 'python:3.12-slim')!;
    expect(slim.versions.python).toBe('3.12.12');
    expect(slim.shell).toBe('dash');
    expect(slim.commands).toEqual(expect.arrayContaining(['python3', 'python', 'ls', 'sh']));
    expect(slim.commands).not.toContain('curl');
    expect(slim.size / 1e6).toBeGreaterThan(40);
    expect(slim.size / 1e6).toBeLessThan(50);
    expect(lookupImage(catalog, 'python:3.12')!.size / 1e6).toBeGreaterThan(350);
    expect(lookupImage(catalog, 'python:3')!.versions.python).toBe('3.14.0');
    expect(slim.config.cmd).toEqual(['python3']);
  });

  it('python3 --version and -c print', () => {
    const image = lookupImage(catalog, 'python:3.12-slim')!;
    const w = world();
    expect(run(execCommand(image, ['python3', '--version'], context(image, w)), w).lines).toEqual(['Python 3.12.12']);
    const r = run(execCommand(image, ['python3', '-c', 'import os'], context(image, w)), w);
    expect(r.exitCode).toBe(126);
    expect(r.lines[0]).toContain('not simulated in Pod Lab');
  });
});

describe('print() of literals', () => {
  it('prints strings, numbers and constants as str() does', () => {
    expect(runPrints('print("hello, world")')).toBe('hello, world\n');
    expect(runPrints("print('a', 1, 2.0, 1.5, True, None)")).toBe('a 1 2.0 1.5 True None\n');
    expect(runPrints('print(6 * 7); print((1 + 2) * 3)')).toBe('42\n9\n');
    expect(runPrints("print('x', 'y', sep=', ', end='')\nprint()")).toBe('x, y\n');
    expect(runPrints("print('semi; colon', 'tab\\there')")).toBe('semi; colon tab\there\n');
  });

  it('gives up on anything else', () => {
    expect(runPrints('import sys')).toBeUndefined();
    expect(runPrints('print(len("abc"))')).toBeUndefined();
    expect(runPrints('print(1 / 2)')).toBeUndefined();
  });
});

describe('http.server', () => {
  const T = Date.UTC(2026, 0, 5, 9, 10, 1);
  const stat = (type: 'file' | 'dir', size: number, link?: string): FileStat => ({ type, size, mode: 0o644, nlink: 1, owner: 'root', group: 'root', mtime: T - 60_000, ...(link ? { link } : {}) });
  const files: FileView = {
    read: (p) => ({ '/srv/b.txt': 'bee\n', '/srv/site/index.html': '<h1>hi</h1>\n' })[p],
    isDir: (p) => ['/srv', '/srv/', '/srv/site', '/srv/site/', '/srv/Conf'].includes(p),
    list: (p) => (p.replace(/\/$/, '') === '/srv' ? ['b.txt', 'Conf', 'a&b', 'site'] : []),
    stat: (p) => (p === '/srv/Conf' ? stat('dir', 4096, '..data/Conf') : p.endsWith('/site') || p.endsWith('/Conf') ? stat('dir', 4096) : stat('file', 4)),
  };
  const server = { root: '/srv', version: '3.12.12', files };
  const req = (path: string, method = 'GET') => ({ method, path, headers: {}, remoteAddr: '10.244.1.3:41234', time: T });

  it('logs like BaseHTTPRequestHandler, on stderr', () => {
    expect(pythonLogTime(T)).toBe('05/Jan/2026 09:10:01');
    expect(servePython(server, req('/b.txt'), T).errorLog).toEqual(['10.244.1.3 - - [05/Jan/2026 09:10:01] "GET /b.txt HTTP/1.1" 200 -']);
    expect(servePython(server, req('/nope'), T).statusLine).toBe('HTTP/1.0 404 File not found');
    expect(servePython(server, req('/nope'), T).errorLog).toEqual([
      '10.244.1.3 - - [05/Jan/2026 09:10:01] code 404, message File not found',
      '10.244.1.3 - - [05/Jan/2026 09:10:01] "GET /nope HTTP/1.1" 404 -',
    ]);
  });

  it('lists a directory without regard to case, / after a directory and @ after a link', () => {
    const res = servePython(server, req('/'), T);
    expect(res.status).toBe(200);
    expect(res.headers?.['Content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<title>Directory listing for /</title>');
    expect(res.body.split('\n').filter((l) => l.startsWith('<li>'))).toEqual([
      '<li><a href="a%26b">a&amp;b</a></li>',
      '<li><a href="b.txt">b.txt</a></li>',
      '<li><a href="Conf/">Conf@</a></li>',
      '<li><a href="site/">site/</a></li>',
    ]);
  });

  it('serves index.html, redirects a directory without its slash, answers 501 to POST', () => {
    expect(servePython(server, req('/site/'), T).body).toBe('<h1>hi</h1>\n');
    const moved = servePython(server, req('/site'), T);
    expect([moved.status, moved.headers?.Location]).toEqual([301, '/site/']);
    const post = servePython(server, req('/', 'POST'), T);
    expect(post.status).toBe(501);
    expect(post.body).toContain("<p>Message: Unsupported method ('POST').</p>");
    const file = servePython(server, req('/b.txt'), T);
    expect(file.headers).toMatchObject({ 'Content-type': 'text/plain', 'Content-Length': '4', 'Last-Modified': 'Mon, 05 Jan 2026 09:09:01 GMT', Server: 'SimpleHTTP/0.6 Python/3.12.12' });
  });
});
