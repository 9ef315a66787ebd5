/**
 * Which executables each family of base image puts on the PATH. This is what makes
 * `kubectl exec web -- nslookup x` fail in an nginx (Debian) container and work in
 * busybox: Debian slim images ship coreutils but no DNS or network tools.
 */

/** The applets a busybox binary provides (busybox, alpine and images built on them). */
export const BUSYBOX_COMMANDS = [
  'sh', 'ash', 'cat', 'ls', 'echo', 'printf', 'sleep', 'date', 'env', 'printenv', 'touch', 'rm',
  'mkdir', 'rmdir', 'test', '[', 'true', 'false', 'hostname', 'head', 'tail', 'wc', 'grep', 'id',
  'whoami', 'uname', 'pwd', 'cp', 'mv', 'tee', 'sort', 'seq', 'kill', 'killall', 'sed', 'cut',
  'uniq', 'expr', 'nslookup', 'wget', 'ps', 'ping', 'ip', 'ifconfig', 'route', 'netstat', 'nc',
  'telnet', 'traceroute', 'top', 'free', 'df', 'du', 'find', 'xargs', 'vi', 'tr', 'which',
  'basename', 'dirname', 'yes', 'timeout', 'nproc', 'arp', 'hostid', 'stat', 'ln', 'chmod', 'tar',
  'base64',
];

/** Debian (slim) base: coreutils, grep, sed, findutils, bash and dash — no network tools. */
export const DEBIAN_COMMANDS = [
  'sh', 'dash', 'bash', 'cat', 'ls', 'echo', 'printf', 'sleep', 'date', 'env', 'printenv', 'touch',
  'rm', 'mkdir', 'rmdir', 'test', '[', 'true', 'false', 'hostname', 'head', 'tail', 'wc', 'grep',
  'id', 'whoami', 'uname', 'pwd', 'cp', 'mv', 'tee', 'sort', 'seq', 'kill', 'sed', 'cut', 'uniq',
  'expr', 'df', 'du', 'find', 'xargs', 'tr', 'which', 'basename', 'dirname', 'yes', 'timeout',
  'nproc', 'stat', 'ln', 'chmod', 'tar', 'base64',
];

/** Full Debian images (buildpack-deps, the `debian`, `node` and `perl` images) add these. */
export const DEBIAN_FULL_EXTRA = ['curl', 'wget', 'ps', 'git', 'ssh'];
