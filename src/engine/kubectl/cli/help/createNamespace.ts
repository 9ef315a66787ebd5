/** `kubectl create namespace --help` as kubectl v1.35 prints it (kubectl's own words). */
import type { CommandHelp } from '../types';
import { CREATE_HELP } from './create';
import { pickFlags } from './pick';

export const CREATE_NAMESPACE_HELP: CommandHelp = {
  name: 'create namespace',
  aliases: ['ns'],
  use: 'create namespace NAME [--dry-run=server|client|none]',
  long: 'Create a namespace with the specified name.',
  example: `  # Create a new namespace named my-namespace
  kubectl create namespace my-namespace`,
  flags: pickFlags(CREATE_HELP, ['allow-missing-template-keys', 'dry-run', 'field-manager', 'output', 'save-config', 'show-managed-fields', 'template', 'validate']),
};
