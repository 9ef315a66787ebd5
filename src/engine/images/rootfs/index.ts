/**
 * An image's root filesystem (rootfs/types.ts), built once per distinct family — release,
 * what its layers add, the programs it lists — and shared by every image and container of
 * it: nothing here is copied per container.
 */
import type { ImageManifest } from '../types';
import { addAlpine, addBusybox } from './busybox';
import { DEBIAN_RELEASES, debianOsRelease, gshadowOf, shadowOf, UBUNTU_NOBLE_OS_RELEASE, type DebianRelease } from './debian';
import { addDebianPrograms } from './debianPrograms';
import { addNginx, NGINX_USER } from './nginx';
import { addPython } from './python';
import { RootFsBuilder, type RootFs } from './types';

export type { RootEntry, RootFs } from './types';

/** When the catalog's Debian layers were made (`debian.sh … '@1762128000'`): shadow's "last changed" day. */
const DEBIAN_BUILT_DAY = Math.floor(1_762_128_000 / 86_400);

/** Which family an image belongs to, as one string: equal strings, one shared tree. */
function familyKey(image: ImageManifest): string | undefined {
  if (!image.shell) return undefined;
  const v = image.versions;
  const base = v.debian ? `debian ${v.debian}` : v.ubuntu ? `ubuntu ${v.ubuntu}` : v.alpine ? `alpine ${v.alpine}` : officialBusybox(image) ? `busybox ${v.busybox}` : undefined;
  if (!base) return undefined;
  const nginx = officialNginx(image) ? ` nginx ${image.created ?? ''}` : '';
  const python = v.python ? ` python ${v.python}` : '';
  return `${base}${nginx}${python}|${image.commands.join(' ')}`;
}

/** The official busybox image's glibc build (1.36 on), whose files were checked. */
function officialBusybox(image: ImageManifest): boolean {
  const [major = 0, minor = 0] = (image.versions.busybox ?? '').split('.').map(Number);
  return image.shell === 'ash' && (major > 1 || (major === 1 && minor >= 36));
}

/** The official image on Debian as of nginx 1.27.5, whose package keeps its pid in /run. */
function officialNginx(image: ImageManifest): boolean {
  const version = image.versions.nginx;
  if (image.behaviour !== 'nginx' || !image.versions.debian || !version) return false;
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  return major > 1 || (major === 1 && (minor > 27 || (minor === 27 && patch >= 5)));
}

const trees = new Map<string, RootFs>();
const byImage = new WeakMap<ImageManifest, RootFs | null>();

/** The files an image's layers unpack that Pod Lab knows, or undefined for an image it has none for. */
export function rootfsOf(image: ImageManifest): RootFs | undefined {
  let tree = byImage.get(image);
  if (tree === undefined) {
    const key = familyKey(image);
    tree = key === undefined ? null : (trees.get(key) ?? null);
    if (key !== undefined && !tree) trees.set(key, (tree = buildTree(image)));
    byImage.set(image, tree);
  }
  return tree ?? undefined;
}

function buildTree(image: ImageManifest): RootFs {
  const b = new RootFsBuilder();
  const v = image.versions;
  if (v.debian) addDebian(b, image, v.debian);
  else if (v.ubuntu) addUbuntu(b);
  else if (v.alpine) addAlpine(b, v.alpine);
  else addBusybox(b, image.commands);
  if (v.python) addPython(b, v.python);
  return b.entries;
}

/** bin, sbin, lib and lib64 as merged /usr has them: links, as Debian 12 and Ubuntu ship them. */
function mergedUsr(b: RootFsBuilder): void {
  for (const d of ['bin', 'lib', 'lib64', 'sbin']) b.link(`/${d}`, `usr/${d}`);
}

function addUbuntu(b: RootFsBuilder): void {
  mergedUsr(b);
  b.text('/usr/lib/os-release', UBUNTU_NOBLE_OS_RELEASE).link('/etc/os-release', '../usr/lib/os-release');
}

function addDebian(b: RootFsBuilder, image: ImageManifest, version: string): void {
  const release = DEBIAN_RELEASES[version.split('.')[0] ?? ''];
  if (!release) return;
  if (release.mergedUsr) mergedUsr(b);
  else for (const d of ['/bin', '/lib', '/lib64', '/sbin']) b.dir(d);
  addReleaseFiles(b, release, version);
  addDebianPrograms(b, release.major, image.commands);
  const nginx = officialNginx(image);
  if (nginx) addNginx(b);
  addAccounts(b, release, nginx ? dayOf(image.created) : undefined);
}

/** The day since 1970 an image was built: what useradd writes as "last changed". */
function dayOf(created: string | undefined): number {
  return created ? Math.floor(Date.parse(created) / 86_400_000) : DEBIAN_BUILT_DAY;
}

function addReleaseFiles(b: RootFsBuilder, release: DebianRelease, version: string): void {
  const text = debianOsRelease(release, version);
  if (release.major === '8') b.text('/etc/os-release', text);
  else b.text('/usr/lib/os-release', text).link('/etc/os-release', '../usr/lib/os-release');
  b.text('/etc/debian_version', `${version}\n`);
  if (release.issue) b.text('/etc/issue', `Debian GNU/Linux ${release.major} \\n \\l\n\n`).text('/etc/issue.net', `Debian GNU/Linux ${release.major}\n`);
  if (release.shells) b.text('/etc/shells', release.shells);
}

/** passwd and group, and the shadow files only root and the shadow group read. */
function addAccounts(b: RootFsBuilder, release: DebianRelease, nginxDay: number | undefined): void {
  if (!release.passwd || !release.group) return;
  const nginx = nginxDay !== undefined;
  const passwd = release.passwd + (nginx ? NGINX_USER.passwd : '');
  const group = release.group + (nginx ? NGINX_USER.group : '');
  b.text('/etc/passwd', passwd).text('/etc/group', group);
  if (!release.shadow) return;
  // useradd --system leaves a locked password ('!') and, for its group, no gshadow password.
  const shadow = shadowOf(release.passwd, DEBIAN_BUILT_DAY) + (nginx ? `${NGINX_USER.name}:!:${nginxDay}::::::\n` : '');
  const gshadow = gshadowOf(release.group) + (nginx ? `${NGINX_USER.name}:!::\n` : '');
  b.text('/etc/shadow', shadow, 0o640, 'root:shadow').text('/etc/gshadow', gshadow, 0o640, 'root:shadow');
}
