import { describe, expect, it } from 'vitest';
import {
  KUBECTL_COMMANDS,
  findSubcommand,
  KUBECTL_GLOBAL_FLAGS,
  levenshtein,
  suggestionsFor,
  unknownCommandText,
} from '../../../src/engine/kubectl/cli';

describe('cobra suggestions over kubectl’s commands', () => {
  // Lists as real kubectl prints them (cobra keeps the order commands were added).
  it.each([
    ['gett', ['set', 'get']],
    ['delte', ['delete']],
    ['aply', ['apply']],
    ['desribe', ['describe']],
    ['rm', ['run', 'delete', 'cp']],
    ['list', ['get', 'wait']],
    ['ps', ['get', 'cp', 'wait']],
    ['ls', ['logs', 'cp']],
    ['GET', ['set', 'get']],
    ['c', ['create', 'certificate', 'cluster-info', 'cordon', 'cp', 'completion', 'config']],
    ['optons', ['options']],
    ['xyzzy', []],
    ['remove', []],
  ])('%s → %j', (typed, expected) => {
    expect(suggestionsFor(typed, KUBECTL_COMMANDS)).toEqual(expected);
  });

  it('works on plain names too', () => {
    expect(suggestionsFor('aply', ['apply', 'get'])).toEqual(['apply']);
  });

  it('measures distance case-insensitively', () => {
    expect(levenshtein('GETT', 'get')).toBe(1);
    expect(levenshtein('list', 'wait')).toBe(3);
  });
});

describe('unknown command text', () => {
  it('prints cobra’s error with the suggestion block, as kubectl does', () => {
    expect(unknownCommandText('gett', 'kubectl', KUBECTL_COMMANDS)).toBe(
      'error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tset\n\tget',
    );
    expect(unknownCommandText('desribe', 'kubectl', KUBECTL_COMMANDS)).toBe(
      'error: unknown command "desribe" for "kubectl"\n\nDid you mean this?\n\tdescribe',
    );
  });

  it('prints the bare error when nothing is close', () => {
    expect(unknownCommandText('xyzzy', 'kubectl', KUBECTL_COMMANDS)).toBe(
      'error: unknown command "xyzzy" for "kubectl"',
    );
  });
});

describe('finding the command word among global flags', () => {
  it.each([
    [['get', 'pods'], { name: 'get', index: 0 }],
    [['-n', 'kube-system', 'get', 'pods'], { name: 'get', index: 2 }],
    [['--namespace=dev', 'get'], { name: 'get', index: 1 }],
    [['--warnings-as-errors', 'apply', '-f', 'x'], { name: 'apply', index: 1 }],
    [['-n', 'get'], undefined],
    [['--help'], undefined],
  ])('%j', (argv, found) => {
    expect(findSubcommand(argv, KUBECTL_GLOBAL_FLAGS)).toEqual(found);
  });
});
