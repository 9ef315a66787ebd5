import { describe, expect, it } from 'vitest';
import { lookupImage, defaultCatalog } from '../../../src/engine/images';
import { rootfsOf } from '../../../src/engine/images/rootfs';
import { NGINX_1_27, NGINX_1_29 } from '../../../src/engine/images/entries/web';
import { BUSYBOX_1_28, BUSYBOX_1_36, DEBIAN_BULLSEYE_SLIM, DEBIAN_TRIXIE_SLIM, UBUNTU_NOBLE } from '../../../src/engine/images/entries/bases';
import { PYTHON_3_14_SLIM } from '../../../src/engine/images/entries/python';
import { MYSQL_9 } from '../../../src/engine/images/entries/apps';
import type { ImageManifest } from '../../../src/engine/images/types';

function text(image: ImageManifest, path: string): string | undefined {
  const e = rootfsOf(image)?.get(path);
  return e?.kind === 'file' ? e.text : undefined;
}

describe('image root filesystems', () => {
  it('is one tree per family, shared by every copy of an image (nothing per container)', () => {
    const catalog = defaultCatalog();
    const a = lookupImage(catalog, 'nginx:1.27')!;
    const b = lookupImage(catalog, 'nginx:1.27.5')!;
    expect(a).not.toBe(b);
    expect(rootfsOf(a)).toBe(rootfsOf(b));
    expect(rootfsOf(a)).toBe(rootfsOf(NGINX_1_27));
    expect(rootfsOf(NGINX_1_29)).not.toBe(rootfsOf(NGINX_1_27));
  });

  it("gives each Debian release its own os-release, linked from /etc as base-files does", () => {
    expect(text(NGINX_1_27, '/usr/lib/os-release')).toContain('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n');
    expect(rootfsOf(NGINX_1_27)?.get('/etc/os-release')).toEqual({ kind: 'link', target: '../usr/lib/os-release' });
    expect(text(DEBIAN_TRIXIE_SLIM, '/usr/lib/os-release')).toContain('VERSION_CODENAME=trixie\nDEBIAN_VERSION_FULL=13.1\nID=debian\n');
    expect(text(DEBIAN_BULLSEYE_SLIM, '/etc/debian_version')).toBe('11.11\n');
    expect(text(UBUNTU_NOBLE, '/usr/lib/os-release')).toContain('VERSION="24.04.3 LTS (Noble Numbat)"');
  });

  it('links bin, lib and sbin into /usr from Debian 12 on, and keeps them directories before', () => {
    expect(rootfsOf(DEBIAN_TRIXIE_SLIM)?.get('/bin')).toEqual({ kind: 'link', target: 'usr/bin' });
    expect(rootfsOf(DEBIAN_BULLSEYE_SLIM)?.get('/bin')).toMatchObject({ kind: 'dir' });
    expect(rootfsOf(DEBIAN_BULLSEYE_SLIM)?.get('/bin/ls')).toEqual({ kind: 'opaque', mode: 0o755, size: 147176 });
    expect(rootfsOf(DEBIAN_TRIXIE_SLIM)?.get('/usr/bin/sh')).toEqual({ kind: 'link', target: 'dash' });
  });

  it("has base-passwd's accounts, the nginx user its Dockerfile adds, and shadow files only root reads", () => {
    const passwd = text(NGINX_1_27, '/etc/passwd')!;
    expect(passwd.split('\n')).toHaveLength(20);
    expect(passwd.endsWith('nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\nnginx:x:101:101:nginx user:/nonexistent:/bin/false\n')).toBe(true);
    expect(text(NGINX_1_27, '/etc/group')).toContain('\nnginx:x:101:\n');
    expect(rootfsOf(NGINX_1_27)?.get('/etc/shadow')).toMatchObject({ mode: 0o640, owner: 'root:shadow' });
    expect(text(NGINX_1_27, '/etc/shadow')).toMatch(/^root:\*:20395:0:99999:7:::\n[\s\S]*\nnginx:!:20397::::::\n$/);
    expect(text(DEBIAN_BULLSEYE_SLIM, '/etc/passwd')).toContain('gnats:x:41:41:');
  });

  it("ships nginx.org's configuration and links the logs to the container's output", () => {
    const fs = rootfsOf(NGINX_1_27)!;
    expect(text(NGINX_1_27, '/etc/nginx/nginx.conf')).toMatch(/^\nuser {2}nginx;\n[\s\S]*pid {8}\/run\/nginx\.pid;\n/);
    expect(text(NGINX_1_27, '/etc/nginx/conf.d/default.conf')).toMatch(/^server {\n {4}listen {7}80;\n {4}server_name {2}localhost;\n/);
    expect(fs.get('/var/log/nginx/access.log')).toEqual({ kind: 'link', target: '/dev/stdout' });
    expect(fs.get('/var/log/nginx/error.log')).toEqual({ kind: 'link', target: '/dev/stderr' });
    expect(fs.get('/docker-entrypoint.d/20-envsubst-on-templates.sh')).toEqual({ kind: 'opaque', mode: 0o755 });
    expect(fs.has('/etc/nginx/mime.types')).toBe(false);
  });

  it("gives busybox buildroot's accounts and its applets as hard links to one file", () => {
    const fs = rootfsOf(BUSYBOX_1_36)!;
    expect(text(BUSYBOX_1_36, '/etc/passwd')?.split('\n')[0]).toBe('root:x:0:0:root:/root:/bin/sh');
    expect(text(BUSYBOX_1_36, '/etc/group')).toContain('wheel:x:10:root\n');
    expect(fs.get('/bin/ls')).toEqual({ kind: 'opaque', mode: 0o755, inode: 'busybox' });
    expect(fs.get('/lib64')).toEqual({ kind: 'link', target: 'lib' });
    expect(rootfsOf(BUSYBOX_1_28)).toBeUndefined();
  });

  it("puts Python's programs in /usr/local/bin, the unversioned names linking to the versioned one", () => {
    const fs = rootfsOf(PYTHON_3_14_SLIM)!;
    expect(fs.get('/usr/local/bin/python')).toEqual({ kind: 'link', target: 'python3' });
    expect(fs.get('/usr/local/bin/python3')).toEqual({ kind: 'link', target: 'python3.14' });
    expect(fs.get('/usr/local/bin/python3.14')).toEqual({ kind: 'opaque', mode: 0o755 });
  });

  it('has nothing for an image whose files were not checked', () => {
    expect(rootfsOf(MYSQL_9)).toBeUndefined();
  });
});
