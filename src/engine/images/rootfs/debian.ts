/**
 * What Debian's base packages put in every Debian image: base-files' release files and
 * base-passwd's accounts, as the official images (debuerreotype, minbase) ship them. Texts
 * are the packages' own: bookworm's read off a bookworm image, trixie's and bullseye's from
 * their base-files and base-passwd packages, the older releases' os-release from containers
 * of those images. A release whose file could not be checked does not get it.
 */

export interface DebianRelease {
  /** `12`, `13`: what /etc/issue names. */
  major: string;
  codename: string;
  /** /usr/lib/os-release, /etc/os-release linking to it (a plain /etc/os-release before stretch). */
  osRelease: string;
  /** bin, sbin and lib are links into /usr (Debian 12 on). */
  mergedUsr: boolean;
  /** /etc/issue and /etc/issue.net, when checked. */
  issue: boolean;
  /** base-passwd's users and groups as the image has them, when checked. */
  passwd?: string;
  group?: string;
  /** /etc/shadow and /etc/gshadow follow from them (bookworm, trixie: checked against an image). */
  shadow: boolean;
  /** /etc/shells as dash's and bash's postinst scripts leave it, when checked. */
  shells?: string;
}

const DEBIAN_URLS = 'HOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n';

function osRelease(major: string, codename: string, full?: string): string {
  return (
    `PRETTY_NAME="Debian GNU/Linux ${major} (${codename})"\nNAME="Debian GNU/Linux"\nVERSION_ID="${major}"\n` +
    `VERSION="${major} (${codename})"\nVERSION_CODENAME=${codename}\n${full ? `DEBIAN_VERSION_FULL=${full}\n` : ''}ID=debian\n${DEBIAN_URLS}`
  );
}

/** base-passwd 3.6 (bookworm, trixie): _apt is one of its users, gnats is gone. */
const PASSWD_3_6 = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

/** base-passwd 3.5 (bullseye): gnats still there; apt's postinst adds _apt after nobody. */
const PASSWD_3_5 = PASSWD_3_6.replace('_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\n', 'gnats:x:41:41:Gnats Bug-Reporting System (admin):/var/lib/gnats:/usr/sbin/nologin\n') + '_apt:x:100:65534::/nonexistent:/usr/sbin/nologin\n';

const GROUP_3_6 = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
`;

const GROUP_3_5 = GROUP_3_6.replace('src:x:40:\n', 'src:x:40:\ngnats:x:41:\n');

/** As dash's and bash's postinst scripts leave it (add-shell, both paths since usrmerge). */
const SHELLS_BOOKWORM = '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/bin/dash\n/usr/bin/dash\n';

/** By major version: the releases the catalog's Debian images are built on. */
export const DEBIAN_RELEASES: Record<string, DebianRelease> = {
  '13': { major: '13', codename: 'trixie', osRelease: osRelease('13', 'trixie', 'FULL'), mergedUsr: true, issue: true, passwd: PASSWD_3_6, group: GROUP_3_6, shadow: true },
  '12': { major: '12', codename: 'bookworm', osRelease: osRelease('12', 'bookworm'), mergedUsr: true, issue: true, passwd: PASSWD_3_6, group: GROUP_3_6, shadow: true, shells: SHELLS_BOOKWORM },
  '11': { major: '11', codename: 'bullseye', osRelease: osRelease('11', 'bullseye'), mergedUsr: false, issue: true, passwd: PASSWD_3_5, group: GROUP_3_5, shadow: false },
  '10': { major: '10', codename: 'buster', osRelease: osRelease('10', 'buster'), mergedUsr: false, issue: false, shadow: false },
  '9': { major: '9', codename: 'stretch', osRelease: osRelease('9', 'stretch'), mergedUsr: false, issue: false, shadow: false },
  '8': {
    major: '8',
    codename: 'jessie',
    osRelease: 'PRETTY_NAME="Debian GNU/Linux 8 (jessie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="8"\nVERSION="8 (jessie)"\nID=debian\nHOME_URL="http://www.debian.org/"\nSUPPORT_URL="http://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n',
    mergedUsr: false,
    issue: false,
    shadow: false,
  },
};

/** trixie's os-release names its point release; `FULL` stands for it until the image says which. */
export function debianOsRelease(release: DebianRelease, version: string): string {
  return release.osRelease.replace('DEBIAN_VERSION_FULL=FULL', `DEBIAN_VERSION_FULL=${version}`);
}

/** Ubuntu 24.04's, at the point release the catalog's image was built from. */
export const UBUNTU_NOBLE_OS_RELEASE = `PRETTY_NAME="Ubuntu 24.04.3 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.3 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
`;

/** shadow's lines for base-passwd's users: no password, last changed the day the image was built. */
export function shadowOf(passwd: string, day: number): string {
  return passwd
    .split('\n')
    .filter(Boolean)
    .map((l) => `${l.split(':')[0]}:*:${day}:0:99999:7:::\n`)
    .join('');
}

/** gshadow's lines for its groups. */
export function gshadowOf(group: string): string {
  return group
    .split('\n')
    .filter(Boolean)
    .map((l) => `${l.split(':')[0]}:*::\n`)
    .join('');
}
