import { describe, expect, it } from 'vitest';
import type { ApiStatus } from '../../../src/engine/api/objects';
import { kubectlErrorText } from '../../../src/engine/kubectl/errors';
import { invalidStatus, strictDecodingStatus } from '../../../src/engine/manifest';

const status = (reason: string, code: number, message: string): ApiStatus => ({ apiVersion: 'v1', kind: 'Status', status: 'Failure', reason, code, message });

describe('kubectlErrorText', () => {
  it('AlreadyExists while creating from a file', () => {
    expect(kubectlErrorText(status('AlreadyExists', 409, 'pods "x" already exists'), { verbing: 'creating', source: 'pod.yaml' })).toBe(
      'Error from server (AlreadyExists): error when creating "pod.yaml": pods "x" already exists',
    );
  });

  it('NotFound without a file', () => {
    expect(kubectlErrorText(status('NotFound', 404, 'pods "x" not found'))).toBe('Error from server (NotFound): pods "x" not found');
  });

  it('strict decoding, from stdin', () => {
    expect(kubectlErrorText(strictDecodingStatus('Pod', 'v1', ['spec.containers[0].imagee']), { verbing: 'creating', source: '-' })).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"',
    );
  });

  it('Invalid prints the kind and name, not the source', () => {
    const s = invalidStatus('Pod', 'x', [{ type: 'Required', field: 'spec.containers[0].image' }]);
    expect(kubectlErrorText(s, { verbing: 'creating', source: 'pod.yaml' })).toBe('The Pod "x" is invalid: spec.containers[0].image: Required value');
  });

  it('Invalid with several causes lists them, repeats once', () => {
    const s = invalidStatus('Deployment', 'web', [
      { type: 'Required', field: 'spec.selector' },
      { type: 'Required', field: 'spec.selector' },
      { type: 'Invalid', field: 'spec.replicas', badValue: -1, detail: 'must be greater than or equal to 0' },
    ]);
    expect(kubectlErrorText(s)).toBe('The Deployment "web" is invalid: \n* spec.selector: Required value\n* spec.replicas: Invalid value: -1: must be greater than or equal to 0');
  });

  it('a reason-less status', () => {
    expect(kubectlErrorText(status('', 500, 'boom'))).toBe('Error from server: boom');
  });
});
