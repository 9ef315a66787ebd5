/** `kubectl create configmap` and `kubectl create secret generic --help` as kubectl v1.35 prints them (kubectl's own words). */
import type { CommandHelp, FlagSpec } from '../types';
import { CREATE_HELP } from './create';
import { pickFlags } from './pick';

/** The generators' shared flags and their own, in name order. */
function dataFlags(kind: 'configmap' | 'secret', own: FlagSpec[]): FlagSpec[] {
  const shared = pickFlags(CREATE_HELP, ['allow-missing-template-keys', 'dry-run', 'field-manager', 'output', 'save-config', 'show-managed-fields', 'template', 'validate']);
  const mine: FlagSpec[] = [
    { name: 'append-hash', type: 'bool', default: false, usage: `Append a hash of the ${kind} to its name.` },
    { name: 'from-env-file', type: 'stringSlice', default: [], usage: `Specify the path to a file to read lines of key=val pairs to create a ${kind}.` },
    { name: 'from-literal', type: 'stringArray', default: [], usage: `Specify a key and literal value to insert in ${kind} (i.e. mykey=somevalue)` },
  ];
  return [...shared, ...mine, ...own].sort((a, b) => (a.name < b.name ? -1 : 1));
}

export const CREATE_CONFIGMAP_HELP: CommandHelp = {
  name: 'create configmap',
  aliases: ['cm'],
  use: 'create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]',
  long: `Create a config map based on a file, directory, or specified literal value.

 A single config map may package one or more key/value pairs.

 When creating a config map based on a file, the key will default to the basename of the file, and the value will default to the file content.  If the basename is an invalid key, you may specify an alternate key.

 When creating a config map based on a directory, each file whose basename is a valid key in the directory will be packaged into the config map.  Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).`,
  example: `  # Create a new config map named my-config based on folder bar
  kubectl create configmap my-config --from-file=path/to/bar
  
  # Create a new config map named my-config with specified keys instead of file basenames on disk
  kubectl create configmap my-config --from-file=key1=/path/to/bar/file1.txt --from-file=key2=/path/to/bar/file2.txt
  
  # Create a new config map named my-config with key1=config1 and key2=config2
  kubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2
  
  # Create a new config map named my-config from the key=value pairs in the file
  kubectl create configmap my-config --from-file=path/to/bar
  
  # Create a new config map named my-config from an env file
  kubectl create configmap my-config --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env`,
  flags: dataFlags('configmap', [
    {
      name: 'from-file',
      type: 'stringSlice',
      default: [],
      usage:
        'Key file can be specified using its file path, in which case file basename will be used as configmap key, or optionally with a key and file path, in which case the given key will be used.  Specifying a directory will iterate each named file in the directory whose basename is a valid configmap key.',
    },
  ]),
};

export const CREATE_SECRET_HELP: CommandHelp = {
  name: 'create secret',
  use: 'create secret (docker-registry | generic | tls)',
  long: `Create a secret with specified type.

 A docker-registry type secret is for accessing a container registry.

 A generic type secret indicate an Opaque secret type.

 A tls type secret holds TLS certificate and its associated key.`,
  subcommands: `  docker-registry   Create a secret for use with a Docker registry
  generic           Create a secret from a local file, directory, or literal value
  tls               Create a TLS secret`,
  flags: [],
};

export const CREATE_SECRET_GENERIC_HELP: CommandHelp = {
  name: 'create secret generic',
  use: 'create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]',
  long: `Create a secret based on a file, directory, or specified literal value.

 A single secret may package one or more key/value pairs.

 When creating a secret based on a file, the key will default to the basename of the file, and the value will default to the file content. If the basename is an invalid key or you wish to chose your own, you may specify an alternate key.

 When creating a secret based on a directory, each file whose basename is a valid key in the directory will be packaged into the secret. Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).`,
  example: `  # Create a new secret named my-secret with keys for each file in folder bar
  kubectl create secret generic my-secret --from-file=path/to/bar
  
  # Create a new secret named my-secret with specified keys instead of names on disk
  kubectl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-file=ssh-publickey=path/to/id_rsa.pub
  
  # Create a new secret named my-secret with key1=supersecret and key2=topsecret
  kubectl create secret generic my-secret --from-literal=key1=supersecret --from-literal=key2=topsecret
  
  # Create a new secret named my-secret using a combination of a file and a literal
  kubectl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-literal=passphrase=topsecret
  
  # Create a new secret named my-secret from env files
  kubectl create secret generic my-secret --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env`,
  flags: dataFlags('secret', [
    {
      name: 'from-file',
      type: 'stringSlice',
      default: [],
      usage:
        'Key files can be specified using their file path, in which case a default name will be given to them, or optionally with a name and file path, in which case the given name will be used.  Specifying a directory will iterate each named file in the directory that is a valid secret key.',
    },
    { name: 'type', type: 'string', default: '', usage: 'The type of secret to create' },
  ]),
};
