/**
 * How each /bin/sh words its errors. busybox ash, Debian's dash and bash disagree, and a
 * learner who copies an error into a search engine should find the real one.
 */
import type { ShellFlavour } from '../types';
import type { ShellSyntaxError } from './lexer';

export function notFound(flavour: ShellFlavour, arg0: string, name: string): string {
  if (flavour === 'dash') return `${arg0}: 1: ${name}: not found`;
  if (flavour === 'bash') return `${arg0}: line 1: ${name}: command not found`;
  return `${arg0}: ${name}: not found`;
}

export function syntaxError(flavour: ShellFlavour, arg0: string, e: ShellSyntaxError): string {
  const token = e.token === '\n' ? 'newline' : e.token;
  if (flavour === 'dash') {
    if (e.kind === 'unterminated') return `${arg0}: 1: Syntax error: Unterminated quoted string`;
    if (e.kind === 'eof') {
      return `${arg0}: 1: Syntax error: end of file unexpected${e.expecting ? ` (expecting "${e.expecting}")` : ''}`;
    }
    return `${arg0}: 1: Syntax error: "${token}" unexpected${e.expecting ? ` (expecting "${e.expecting}")` : ''}`;
  }
  if (flavour === 'bash') {
    if (e.kind === 'unterminated') return `${arg0}: -c: line 1: unexpected EOF while looking for matching \`''`;
    if (e.kind === 'eof') return `${arg0}: -c: line 2: syntax error: unexpected end of file`;
    return `${arg0}: -c: line 1: syntax error near unexpected token \`${token}'`;
  }
  if (e.kind === 'unterminated') return `${arg0}: syntax error: unterminated quoted string`;
  if (e.kind === 'eof') {
    return `${arg0}: syntax error: unexpected end of file${e.expecting ? ` (expecting "${e.expecting}")` : ''}`;
  }
  return `${arg0}: syntax error: unexpected ${token === 'newline' ? 'newline' : `"${token}"`}`;
}

export function cannotCreate(flavour: ShellFlavour, arg0: string, path: string, errText: string): string {
  if (flavour === 'dash') return `${arg0}: 1: cannot create ${path}: ${errText === 'No such file or directory' ? 'Directory nonexistent' : errText}`;
  if (flavour === 'bash') return `${arg0}: line 1: ${path}: ${errText}`;
  return `${arg0}: can't create ${path}: ${errText === 'No such file or directory' ? 'nonexistent directory' : errText}`;
}

export function cannotOpen(flavour: ShellFlavour, arg0: string, path: string, errText: string): string {
  if (flavour === 'dash') return `${arg0}: 1: cannot open ${path}: No such file`;
  if (flavour === 'bash') return `${arg0}: line 1: ${path}: ${errText}`;
  return `${arg0}: can't open '${path}': ${errText}`;
}

export function cdFailed(flavour: ShellFlavour, arg0: string, path: string, errText: string): string {
  if (flavour === 'dash') return `${arg0}: 1: cd: can't cd to ${path}`;
  if (flavour === 'bash') return `${arg0}: line 1: cd: ${path}: ${errText}`;
  return `${arg0}: cd: can't cd to ${path}: ${errText}`;
}

export function missingBracket(flavour: ShellFlavour | undefined, arg0: string): string {
  if (flavour === 'dash') return `${arg0}: 1: [: missing ]`;
  if (flavour === 'bash') return `${arg0}: line 1: [: missing \`]'`;
  if (flavour === 'ash') return `${arg0}: missing ]`;
  return "[: missing ']'";
}
