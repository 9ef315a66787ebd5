// How sed words a refused script or an unreadable file: GNU sed 4.9 (the laptop, Debian
// images) and busybox's applet. The busybox words are those of editors/sed.c and libbb
// (fopen_or_warn, xregcomp); where busybox accepts what GNU refuses (`s/a/b/gg`, `pd`),
// or its words could not be checked, GNU's stand in.
import type { ScriptError, ScriptErrorKey } from './reader';

export type Dialect = 'gnu' | 'busybox';

const GNU: Record<ScriptErrorKey, (arg: string) => string> = {
  multipleBang: () => "multiple `!'s",
  unexpectedComma: () => "unexpected `,'",
  badStep: () => 'invalid usage of +N or ~N as first address',
  unmatchedBrace: () => "unmatched `{'",
  unexpectedBrace: () => "unexpected `}'",
  extraCharacters: () => 'extra characters after command',
  expectedBackslash: () => "expected \\ after `a', `c' or `i'",
  braceAddresses: () => "`}' doesn't want any addresses",
  colonAddresses: () => ": doesn't want any addresses",
  commentAddresses: () => "comments don't accept any addresses",
  missingCommand: () => 'missing command',
  oneAddress: () => 'command only uses one address',
  unterminatedAddress: () => 'unterminated address regex',
  unterminatedS: () => "unterminated `s' command",
  unterminatedY: () => "unterminated `y' command",
  unknownSOption: () => "unknown option to `s'",
  multipleP: () => "multiple `p' options to `s' command",
  multipleG: () => "multiple `g' options to `s' command",
  multipleNumber: () => "multiple number options to `s' command",
  zeroNumber: () => "number option to `s' command may not be zero",
  yLengths: () => "strings for `y' command are different lengths",
  lineZero: () => 'invalid usage of line address 0',
  unknownCommand: (c) => `unknown command: \`${c}'`,
  colonLabel: () => '":" lacks a label',
  recursiveEscape: () => 'recursive escaping after \\c not allowed',
  emptyRegexModifiers: () => 'cannot specify modifiers on empty regexp',
  invalidReference: (n) => `invalid reference \\${n} on \`s' command's RHS`,
  missingFilename: () => 'missing filename in r/R/w/W commands',
  regex: (text) => text,
  ancientVersion: () => 'expected newer version of sed',
  labelNotFound: (label) => `can't find label for jump to \`${label}'`,
  notSimulated: (c) =>
    c === 'w' || c === 'W'
      ? `\`${c}' to a file is not simulated in Pod Lab (${c} /dev/stdout is)`
      : c === 'e'
        ? "`e' (running a command) is not simulated in Pod Lab"
        : `\`${c}' (reading another file) is not simulated in Pod Lab`,
};

const BUSYBOX: Partial<Record<ScriptErrorKey, (arg: string, pattern: string) => string>> = {
  unterminatedAddress: (delim) => `unmatched '${delim}'`,
  unterminatedS: (delim) => (delim ? `unmatched '${delim}'` : 'bad format in substitution expression'),
  unterminatedY: (delim) => (delim ? `unmatched '${delim}'` : 'bad format in substitution expression'),
  unknownCommand: (c) => `unsupported command ${c}`,
  unknownSOption: () => 'bad option in substitution expression',
  unexpectedComma: () => 'no address after comma',
  regex: (text, pattern) => `bad regex '${pattern}': ${text}`,
  labelNotFound: (label) => `can't find label for jump to '${label}'`,
};

/** sed's line for a refused script, and the status it exits with. */
export function scriptMessage(e: ScriptError, dialect: Dialect): { text: string; code: number } {
  const busybox = dialect === 'busybox' ? BUSYBOX[e.key] : undefined;
  if (busybox) return { text: `sed: ${busybox(e.arg, e.pattern)}\n`, code: 1 };
  const words = GNU[e.key](e.arg);
  // A missing label is a panic in GNU sed: no position, status 4.
  if (e.key === 'labelNotFound') return { text: `sed: ${words}\n`, code: dialect === 'gnu' ? 4 : 1 };
  return { text: `sed: -e expression #${e.expr}, char ${e.char}: ${words}\n`, code: 1 };
}

/** The run-time error of an empty regex (`//`) before any other was used. */
export function noPreviousRegex(expressions: number, dialect: Dialect): string {
  return dialect === 'busybox'
    ? 'sed: no previous regexp\n'
    : `sed: -e expression #${expressions}, char 0: no previous regular expression\n`;
}

/** A file operand sed cannot read: GNU goes on to the next (status 2 at the end); busybox too (status 1). */
export function cantRead(name: string, errno: string, dialect: Dialect): string {
  return dialect === 'busybox' ? `sed: ${name}: ${errno}\n` : `sed: can't read ${name}: ${errno}\n`;
}

export const BAD_INPUT_STATUS: Record<Dialect, number> = { gnu: 2, busybox: 1 };

/** -i with no file operands. */
export function noInputFiles(dialect: Dialect): { text: string; code: number } {
  return dialect === 'busybox'
    ? { text: 'sed: -i requires an argument\n', code: 1 }
    : { text: 'sed: no input files\n', code: 4 };
}

/** A directory operand stops sed (GNU's panic; busybox's words unchecked, so GNU's). */
export function notAFile(name: string, inPlace: boolean): { text: string; code: number } {
  return inPlace
    ? { text: `sed: couldn't edit ${name}: not a regular file\n`, code: 4 }
    : { text: `sed: read error on ${name}: Is a directory\n`, code: 4 };
}
