/**
 * Where each program the toolsets list lives in a Debian image, and its size in bytes:
 * read off the release's own packages (coreutils, dash, bash, grep, sed, findutils, tar,
 * hostname, debianutils, gettext-base, curl, procps, wget, git, openssh-client). Merged-/usr
 * releases ship everything in /usr/bin; bullseye still splits /bin and /usr/bin.
 */
import type { RootFsBuilder } from './types';

interface ProgramTable {
  /** Directory → `name:size …`. */
  dirs: Record<string, string>;
  /** The links the packages (or their postinst scripts) make. */
  links: Record<string, string>;
  /** debianutils' which behind update-alternatives (bookworm on): its size. */
  whichDebianutils?: number;
}

export const DEBIAN_PROGRAMS: Record<string, ProgramTable> = {
  '13': {
    dirs: {
      '/usr/bin':
        '[:55720 base64:47528 basename:43432 bash:1298416 cat:47592 chmod:72136 cp:149960 curl:321880 cut:55752 dash:129736 date:100808 df:109488 dirname:43432 du:113096 echo:43432 env:56144 envsubst:47424 expr:51624 false:43432 find:233040 git:4082768 grep:203152 head:51656 hostname:26776 id:51656 kill:22840 ln:76240 ls:158632 mkdir:88488 mv:149960 nproc:47528 printenv:43432 printf:68008 ps:154552 pwd:43432 rm:76232 rmdir:43432 sed:130520 seq:47528 sleep:43432 sort:121552 ssh:1047584 stat:104904 tail:80360 tar:458280 tee:47560 test:47528 timeout:47984 touch:88520 tr:59816 true:43432 uname:43464 uniq:55752 wc:68048 wget:482672 whoami:43432 xargs:76232 yes:43432',
    },
    links: { '/usr/bin/rbash': 'bash', '/usr/bin/sh': 'dash' },
    whichDebianutils: 1080,
  },
  '12': {
    dirs: {
      '/usr/bin':
        '[:68496 base64:48016 basename:43856 bash:1265648 cat:44016 chmod:64496 cp:151152 curl:280800 cut:48112 dash:125640 date:121904 df:102200 dirname:39760 du:175440 echo:43856 env:48536 envsubst:35136 expr:117808 false:35664 find:224848 git:3713416 grep:203152 head:48080 hostname:22680 id:48144 kill:22840 ln:72824 ls:151344 mkdir:97552 mv:142968 nproc:43920 printenv:35664 printf:64432 ps:146360 pwd:43952 rm:72752 rmdir:56240 sed:126424 seq:60336 sleep:43888 sort:118456 ssh:1125408 stat:97488 tail:76944 tar:531984 tee:43984 test:60304 timeout:48632 touch:109616 tr:56208 true:35664 uname:43888 uniq:48080 wc:52280 wget:470384 whoami:39792 xargs:72136 yes:39760',
    },
    links: { '/usr/bin/rbash': 'bash', '/usr/bin/sh': 'dash' },
    whichDebianutils: 946,
  },
  '11': {
    dirs: {
      '/usr/bin':
        '[:60224 base64:43872 basename:39712 curl:256072 cut:48032 dirname:39712 du:175360 env:48480 envsubst:35048 expr:117728 find:311008 git:3347408 head:48000 id:48064 nproc:43840 printenv:39680 printf:60256 seq:56192 sort:118408 ssh:797480 stat:85184 tail:76864 tee:43904 test:56128 timeout:44448 tr:56160 uniq:52128 wc:48072 wget:539936 which:946 whoami:39712 xargs:76152 yes:39680',
      '/bin':
        'bash:1234376 cat:43936 chmod:64448 cp:151168 dash:125560 date:113664 df:93936 echo:39712 false:39680 grep:203072 hostname:22600 kill:30952 ln:72840 ls:147176 mkdir:85184 mv:147080 ps:137680 pwd:43872 rm:72704 rmdir:52032 sed:122224 sleep:43808 tar:531928 touch:101408 true:39680 uname:39744',
    },
    links: { '/bin/rbash': 'bash', '/bin/sh': 'dash' },
  },
};

/** procps is not in a minimal image: kill is then only the shell's builtin. */
const PROCPS = new Set(['kill', 'ps']);

/** The programs of `commands` that release `major` ships, at their paths. */
export function addDebianPrograms(b: RootFsBuilder, major: string, commands: readonly string[]): void {
  const table = DEBIAN_PROGRAMS[major];
  if (!table) return;
  const wanted = new Set(commands);
  const keep = (name: string): boolean => wanted.has(name) && (!PROCPS.has(name) || wanted.has('ps'));
  for (const [dir, list] of Object.entries(table.dirs)) b.programs(dir, list, keep);
  for (const [path, target] of Object.entries(table.links)) b.link(path, target);
  if (table.whichDebianutils !== undefined && wanted.has('which')) {
    b.link('/usr/bin/which', '/etc/alternatives/which');
    b.link('/etc/alternatives/which', '/usr/bin/which.debianutils');
    b.opaque('/usr/bin/which.debianutils', table.whichDebianutils);
  }
}
