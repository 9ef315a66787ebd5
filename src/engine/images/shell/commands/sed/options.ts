// sed's command line as GNU getopt_long reads it (options anywhere, `-ne`, `-i.bak`,
// `--expr=…`, unambiguous prefixes of long options), and what sed prints for a bad one.
import type { Dialect } from './messages';
import type { Chunk } from './stream';

export interface SedInvocation {
  /** The -e expressions, or the script operand. */
  expressions: string[];
  files: string[];
  quiet: boolean;
  extended: boolean;
  separate: boolean;
  /** -i[SUFFIX]: the suffix, '' for no backup. */
  inPlace: string | undefined;
  lineLength: number;
}

/** What sed printed and its status, when it does not run a script (usage, --help, --version). */
export interface SedExit {
  chunks: Chunk[];
  code: number;
}

const GNU_USAGE = `Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the \`l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
`;

const GNU_VERSION = `sed (GNU sed) 4.9
Packaged by Debian
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Jay Fenlason, Tom Lord, Ken Pizzini,
Paolo Bonzini, Jim Meyering, and Assaf Gordon.

This sed program was built with SELinux support.
SELinux is disabled on this system.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
E-mail bug reports to: <bug-sed@gnu.org>.
`;

// busybox prints its build date after the version; a simulated build has none.
const BUSYBOX_USAGE = `BusyBox v1.36.1 multi-call binary.

Usage: sed [-inrE] [-f FILE]... [-e CMD]... [FILE]...
or: sed [-inrE] CMD [FILE]...

\t-e CMD\tAdd CMD to sed commands to be executed
\t-f FILE\tAdd FILE contents to sed commands to be executed
\t-i[SFX]\tEdit files in-place (otherwise write to stdout)
\t\tOptionally back files up, appending SFX
\t-n\tSuppress automatic printing of pattern space
\t-r,-E\tUse extended regex syntax

If no -e or -f, the first non-option argument is the sed command string.
Remaining arguments are input files (stdin if none).
`;

/** GNU sed's long options in its own order (the order an ambiguous prefix lists them in); `=` takes an argument, `?` may. */
const LONG = [
  'binary',
  'regexp-extended',
  'debug',
  'in-place?',
  'expression=',
  'file=',
  'line-length=',
  'null-data',
  'zero-terminated',
  'quiet',
  'posix',
  'silent',
  'sandbox',
  'separate',
  'unbuffered',
  'version',
  'help',
  'follow-symlinks',
];
const SHORT_OF: Record<string, string> = {
  'regexp-extended': 'E',
  'in-place': 'i',
  expression: 'e',
  file: 'f',
  'line-length': 'l',
  'null-data': 'z',
  'zero-terminated': 'z',
  quiet: 'n',
  silent: 'n',
  separate: 's',
  unbuffered: 'u',
  binary: 'b',
};
const NOT_SIMULATED: Record<string, string> = {
  f: '-f (a script in a file) is not simulated in Pod Lab; give the script with -e',
  z: '-z (NUL-separated lines) is not simulated in Pod Lab',
  posix: '--posix is not simulated in Pod Lab',
  debug: '--debug is not simulated in Pod Lab',
};

const refused = (text: string, dialect: Dialect): SedExit => ({
  chunks: [[2, `sed: ${text}\n${dialect === 'busybox' ? BUSYBOX_USAGE : GNU_USAGE}`]],
  code: 1,
});
const notSimulated = (what: string): SedExit => ({ chunks: [[2, `sed: ${NOT_SIMULATED[what]}\n`]], code: 1 });

/** A long option by its name or an unambiguous prefix: the name (with its argument kind) or sed's complaint. */
function longOption(word: string, dialect: Dialect): string | SedExit {
  const name = word.slice(2).split('=')[0]!;
  const exact = LONG.find((l) => l.replace(/[=?]$/, '') === name);
  const candidates = exact ? [exact] : LONG.filter((l) => l.startsWith(name));
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) return refused(`unrecognized option '${word}'`, dialect);
  const names = candidates.map((l) => `'--${l.replace(/[=?]$/, '')}'`).join(' ');
  return refused(`option '--${name}' is ambiguous; possibilities: ${names}`, dialect);
}

class Parser {
  readonly inv: SedInvocation = {
    expressions: [],
    files: [],
    quiet: false,
    extended: false,
    separate: false,
    inPlace: undefined,
    lineLength: 70,
  };
  private scriptGiven = false;

  constructor(private readonly dialect: Dialect) {}

  /** One option by its short letter, with its argument; a complaint, or undefined when taken. */
  option(letter: string, arg: string | undefined): SedExit | undefined {
    const inv = this.inv;
    if (letter === 'n') inv.quiet = true;
    else if (letter === 'r' || letter === 'E') inv.extended = true;
    else if (letter === 's') inv.separate = true;
    else if (letter === 'i') {
      inv.inPlace = arg ?? '';
      inv.separate = true;
    } else if (letter === 'e') {
      inv.expressions.push(arg!);
      this.scriptGiven = true;
    } else if (letter === 'l') {
      inv.lineLength = parseInt(arg!, 10) || 0;
    } else if (letter in NOT_SIMULATED) return notSimulated(letter);
    return undefined;
  }

  long(word: string): SedExit | undefined {
    const found = longOption(word, this.dialect);
    if (typeof found !== 'string') return found;
    const name = found.replace(/[=?]$/, '');
    const eq = word.indexOf('=');
    const arg = eq >= 0 ? word.slice(eq + 1) : undefined;
    if (arg !== undefined && !/[=?]$/.test(found))
      return refused(`option '--${name}' doesn't allow an argument`, this.dialect);
    if (name === 'help')
      return {
        chunks: [
          [
            1,
            this.dialect === 'busybox'
              ? BUSYBOX_USAGE
              : GNU_USAGE + 'E-mail bug reports to: <bug-sed@gnu.org>.\n',
          ],
        ],
        code: 0,
      };
    if (name === 'version')
      return {
        chunks: [[1, this.dialect === 'busybox' ? 'This is not GNU sed version 4.0\n' : GNU_VERSION]],
        code: 0,
      };
    if (name in NOT_SIMULATED) return notSimulated(name);
    return this.option(SHORT_OF[name] ?? '', arg);
  }

  parse(argv: readonly string[]): SedInvocation | SedExit {
    const operands: string[] = [];
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '--') {
        operands.push(...argv.slice(i + 1));
        break;
      }
      let done: SedExit | undefined;
      if (a.startsWith('--')) {
        const found = longOption(a, this.dialect);
        // `--expression script`: a required argument may be the next word.
        if (typeof found === 'string' && found.endsWith('=') && !a.includes('=')) {
          if (i + 1 >= argv.length)
            return refused(`option '--${found.slice(0, -1)}' requires an argument`, this.dialect);
          done = this.long(`--${found.slice(0, -1)}=${argv[++i]}`);
        } else done = this.long(a);
      } else if (a.startsWith('-') && a !== '-') {
        for (let j = 1; j < a.length && !done; j++) {
          const letter = a[j]!;
          if (!'nrEsuzbefli'.includes(letter)) return refused(`invalid option -- '${letter}'`, this.dialect);
          if (letter === 'i') {
            done = this.option('i', a.slice(j + 1) || undefined);
            break;
          }
          if ('efl'.includes(letter)) {
            const arg = a.slice(j + 1) || argv[++i];
            if (arg === undefined) return refused(`option requires an argument -- '${letter}'`, this.dialect);
            done = this.option(letter, arg);
            break;
          }
          done = this.option(letter, undefined);
        }
      } else operands.push(a);
      if (done) return done;
    }
    if (!this.scriptGiven) {
      const script = operands.shift();
      if (script === undefined)
        return { chunks: [[2, this.dialect === 'busybox' ? BUSYBOX_USAGE : GNU_USAGE]], code: 1 };
      this.inv.expressions.push(script);
    }
    this.inv.files = operands;
    return this.inv;
  }
}

export function sedArgs(argv: readonly string[], dialect: Dialect): SedInvocation | SedExit {
  return new Parser(dialect).parse(argv);
}
