import { describe, expect, it } from 'vitest';
import { ContainerFs } from '../../../src/engine/containerRuntime/fs';
import type { ContainerRecord, Sandbox } from '../../../src/engine/containerRuntime/types';
import { NGINX_1_27 } from '../../../src/engine/images/entries/web';
import { BUSYBOX_1_36 } from '../../../src/engine/images/entries/bases';
import type { ImageManifest } from '../../../src/engine/images/types';

const clock = { epoch: Date.UTC(2026, 0, 5, 9, 0, 0), net: { now: () => 60_000 } };

function container(image: ImageManifest): { c: ContainerRecord; fs: ContainerFs } {
  const c = { id: 'c1', image, files: new Map([['/etc/hostname', 'web\n']]), config: { volumeMounts: [] }, createdAt: 0 } as unknown as ContainerRecord;
  const sandbox = { id: 'abcdef12', volumes: new Map(), createdAt: 0 } as unknown as Sandbox;
  return { c, fs: new ContainerFs(c, sandbox, clock) };
}

describe("a container's files over its image's (overlay)", () => {
  it("reads the image's files without copying them into the container", () => {
    const { c, fs } = container(NGINX_1_27);
    expect(fs.read('/etc/os-release')).toContain('VERSION_CODENAME=bookworm');
    expect(fs.read('/usr/share/nginx/html/index.html')).toContain('Welcome to nginx!');
    expect([...c.files.keys()]).toEqual(['/etc/hostname']);
  });

  it('follows links: merged /usr, os-release, which through update-alternatives', () => {
    const { fs } = container(NGINX_1_27);
    expect(fs.stat('/bin/ls')).toMatchObject({ type: 'file', size: 151344, mode: 0o755 });
    expect(fs.stat('/bin')).toMatchObject({ type: 'dir', link: 'usr/bin' });
    expect(fs.stat('/usr/bin/which')).toMatchObject({ type: 'file', size: 946, link: '/etc/alternatives/which' });
    expect(fs.stat('/var/log/nginx/access.log')).toMatchObject({ link: '/dev/stdout' });
    expect(fs.read('/var/log/nginx/access.log')).toBe('ENOENT');
  });

  it('shows owners and modes the image gives, and says when a size is not known', () => {
    const { fs } = container(NGINX_1_27);
    expect(fs.stat('/etc/shadow')).toMatchObject({ mode: 0o640, owner: 'root', group: 'shadow' });
    expect(fs.stat('/usr/sbin/nginx')).toMatchObject({ mode: 0o755, size: 0, sizeUnknown: true });
    expect(fs.read('/usr/sbin/nginx')).toBe('ENOTSIM');
  });

  it('copies a file up on its first write and hides a removed one with a whiteout', () => {
    const { c, fs } = container(NGINX_1_27);
    expect(fs.write('/etc/passwd', 'x:x:1:1::/:/bin/sh\n', true)).toBeUndefined();
    expect(fs.read('/etc/passwd')).toMatch(/^root:x:0:0:[\s\S]*\nx:x:1:1::\/:\/bin\/sh\n$/);
    expect(fs.remove('/etc/group')).toBeUndefined();
    expect(fs.read('/etc/group')).toBe('ENOENT');
    expect(fs.list('/etc')).not.toContain('group');
    expect(c.whiteouts).toEqual(new Set(['/etc/group']));
    expect(fs.write('/etc/group', 'root:x:0:\n', false)).toBeUndefined();
    expect(fs.read('/etc/group')).toBe('root:x:0:\n');
    // Another container of the image still sees the image's file.
    expect(container(NGINX_1_27).fs.read('/etc/group')).toContain('nginx:x:101:');
  });

  it("counts busybox's applets as links to one file", () => {
    const { fs } = container(BUSYBOX_1_36);
    const ls = fs.stat('/bin/ls');
    const names = fs.list('/bin');
    expect(Array.isArray(names) && typeof ls !== 'string' && ls.nlink === names.length).toBe(true);
    expect(fs.stat('/')).toMatchObject({ nlink: 2 + 11 });
  });
});
