/**
 * The executables Pod Lab simulates, registered by name. Registration keeps anything
 * registered earlier (a richer `curl` from the networking work wins).
 */
import { nginxCommand } from '../../behaviours/nginx';
import { pythonCommand } from '../../behaviours/python';
import { registerDefault, sync, type CommandImpl } from '../registry';
import * as basic from './basic';
import { base64 } from './base64';
import { curl } from './curl';
import * as files from './files';
import * as filters from './filters';
import { ls } from './ls';
import { statCommand } from './stat';
import { nslookup } from './nslookup';
import { sed } from './sed';
import { tar } from './tar';
import { echo, printf } from './text';
import { wc } from './wc';
import { wget } from './wget';
import { which } from './which';

const BUILTIN: Record<string, CommandImpl> = {
  echo: sync(echo),
  printf: sync(printf),
  sleep: basic.sleep,
  date: sync(basic.date),
  hostname: sync(basic.hostname),
  env: sync(basic.env),
  printenv: sync(basic.printenv),
  id: sync(basic.id),
  whoami: sync(basic.whoami),
  uname: sync(basic.uname),
  pwd: sync(basic.pwd),
  seq: sync(basic.seq),
  true: sync(basic.trueCmd),
  false: sync(basic.falseCmd),
  basename: sync(basic.basename),
  dirname: sync(basic.dirname),
  kill: basic.kill,
  killall: basic.killall,
  base64,
  cat: files.cat,
  touch: files.touch,
  rm: files.rm,
  mkdir: files.mkdir,
  ls,
  stat: statCommand,
  tee: files.tee,
  tar,
  test: filters.test,
  '[': filters.test,
  head: filters.head,
  tail: filters.tail,
  wc,
  grep: filters.grep,
  sed,
  nslookup,
  wget,
  which,
  curl,
  nginx: nginxCommand,
  python: pythonCommand,
  python3: pythonCommand,
  'python3.12': pythonCommand,
  'python3.14': pythonCommand,
};

export function registerBuiltinCommands(): void {
  for (const [name, impl] of Object.entries(BUILTIN)) registerDefault(name, impl);
}
