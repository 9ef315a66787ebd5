import { describe, expect, it } from 'vitest';
import { effectiveArgv } from '../../../src/engine/images/process';
import type { ImageConfig } from '../../../src/engine/images/types';

// The table of https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/
const image: ImageConfig = { entrypoint: ['/ep-1'], cmd: ['foo', 'bar'], env: [], exposedPorts: [] };

describe('effectiveArgv follows the Kubernetes command/args rules', () => {
  it('neither: ENTRYPOINT then CMD', () => expect(effectiveArgv(image)).toEqual(['/ep-1', 'foo', 'bar']));
  it('command only: replaces ENTRYPOINT and drops CMD', () => expect(effectiveArgv(image, ['/ep-2'])).toEqual(['/ep-2']));
  it('args only: ENTRYPOINT with the new args', () => expect(effectiveArgv(image, undefined, ['zoo', 'boo'])).toEqual(['/ep-1', 'zoo', 'boo']));
  it('both: command then args', () => expect(effectiveArgv(image, ['/ep-2'], ['zoo', 'boo'])).toEqual(['/ep-2', 'zoo', 'boo']));
  it('an empty list counts as unset', () => expect(effectiveArgv(image, [], [])).toEqual(['/ep-1', 'foo', 'bar']));
  it('an image without ENTRYPOINT runs CMD, or args in its place', () => {
    const busybox: ImageConfig = { cmd: ['sh'], env: [], exposedPorts: [] };
    expect(effectiveArgv(busybox)).toEqual(['sh']);
    expect(effectiveArgv(busybox, undefined, ['/server'])).toEqual(['/server']);
  });
});
