/**
 * The busybox image's own files (docker-library/busybox): /etc/passwd and /etc/group from
 * buildroot's skeleton, and /bin holding busybox with every applet a hard link to it, as
 * `busybox --install /bin` leaves them. The applets are the ones Pod Lab lists for the
 * image, so the link count ls shows is theirs; busybox's size is not known here. And
 * alpine's release files.
 */
import type { RootFsBuilder } from './types';

export const BUSYBOX_PASSWD = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
`;

export const BUSYBOX_GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
kmem:x:9:
wheel:x:10:root
cdrom:x:11:
dialout:x:18:
floppy:x:19:
video:x:28:
audio:x:29:
tape:x:32:
www-data:x:33:
operator:x:37:
utmp:x:43:
plugdev:x:46:
staff:x:50:
lock:x:54:
netdev:x:82:
users:x:100:
nobody:x:65534:
`;

/** busybox and its applets: one file under many names. */
export function addBusybox(b: RootFsBuilder, applets: readonly string[]): void {
  b.text('/etc/passwd', BUSYBOX_PASSWD).text('/etc/group', BUSYBOX_GROUP);
  // The glibc build puts its libraries in /lib and links /lib64 to it.
  b.link('/lib64', 'lib');
  for (const name of ['busybox', ...applets]) b.opaque(`/bin/${name}`, undefined, 0o755, 'busybox');
  // The home directories the build creates for the skeleton's users.
  b.dir('/var/spool/mail').dir('/var/www');
}

export function alpineOsRelease(version: string): string {
  const minor = version.split('.').slice(0, 2).join('.');
  return `NAME="Alpine Linux"\nID=alpine\nVERSION_ID=${version}\nPRETTY_NAME="Alpine Linux v${minor}"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n`;
}

export function addAlpine(b: RootFsBuilder, version: string): void {
  b.text('/etc/os-release', alpineOsRelease(version)).text('/etc/alpine-release', `${version}\n`);
}
