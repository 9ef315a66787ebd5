/**
 * The official Python images build CPython into /usr/local: `make install` leaves
 * python3.X and links python3, pydoc3, idle3 and python3-config to the versioned names,
 * ensurepip writes pip3 and pip3.X, and the Dockerfile links the unversioned names
 * (python, pip, pydoc, idle, python-config) to the `3` ones. Their bytes are not held.
 */
import type { RootFsBuilder } from './types';

export function addPython(b: RootFsBuilder, version: string): void {
  const minor = version.split('.').slice(0, 2).join('.');
  const bin = '/usr/local/bin';
  for (const name of [`python${minor}`, `pydoc${minor}`, `idle${minor}`, `python${minor}-config`, 'pip3', `pip${minor}`]) b.opaque(`${bin}/${name}`);
  b.link(`${bin}/python3`, `python${minor}`).link(`${bin}/pydoc3`, `pydoc${minor}`).link(`${bin}/idle3`, `idle${minor}`).link(`${bin}/python3-config`, `python${minor}-config`);
  for (const [name, target] of [['idle', 'idle3'], ['pip', 'pip3'], ['pydoc', 'pydoc3'], ['python', 'python3'], ['python-config', 'python3-config']]) b.link(`${bin}/${name}`, target!);
}
