/** `kubectl create service` and its generators' `--help` as kubectl v1.35 prints them (kubectl's own words). */
import type { CommandHelp, FlagSpec } from '../types';
import { CREATE_HELP } from './create';
import { pickFlags } from './pick';

export const CREATE_SERVICE_HELP: CommandHelp = {
  name: 'create service',
  aliases: ['svc'],
  use: 'create service [flags]',
  long: 'Create a service using a specified subcommand.',
  subcommands: `  clusterip      Create a ClusterIP service
  externalname   Create an ExternalName service
  loadbalancer   Create a LoadBalancer service
  nodeport       Create a NodePort service`,
  flags: [],
};

const TCP: FlagSpec = { name: 'tcp', type: 'stringSlice', default: [], usage: "Port pairs can be specified as '<port>:<targetPort>'." };

/** The flags every service generator has, with its own in name order among them. */
function serviceFlags(own: FlagSpec[]): FlagSpec[] {
  const shared = pickFlags(CREATE_HELP, ['allow-missing-template-keys', 'dry-run', 'field-manager', 'output', 'save-config', 'show-managed-fields', 'template', 'validate']);
  return [...shared, ...own].sort((a, b) => (a.name < b.name ? -1 : 1));
}

export const CREATE_SERVICE_CLUSTERIP_HELP: CommandHelp = {
  name: 'create service clusterip',
  use: 'create service clusterip NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none]',
  long: 'Create a ClusterIP service with the specified name.',
  example: `  # Create a new ClusterIP service named my-cs
  kubectl create service clusterip my-cs --tcp=5678:8080
  
  # Create a new ClusterIP service named my-cs (in headless mode)
  kubectl create service clusterip my-cs --clusterip="None"`,
  flags: serviceFlags([{ name: 'clusterip', type: 'string', default: '', usage: "Assign your own ClusterIP or set to 'None' for a 'headless' service (no loadbalancing)." }, TCP]),
};

/** nodeport's and loadbalancer's pages differ only in the type, the example's name and nodeport's own flag. */
function portServiceHelp(command: string, type: string, example: string, own: FlagSpec[]): CommandHelp {
  return {
    name: `create service ${command}`,
    use: `create service ${command} NAME [--tcp=port:targetPort] [--dry-run=server|client|none]`,
    long: `Create a ${type} service with the specified name.`,
    example: `  # Create a new ${type} service named ${example}\n  kubectl create service ${command} ${example} --tcp=5678:8080`,
    flags: serviceFlags([...own, TCP]),
  };
}

export const CREATE_SERVICE_NODEPORT_HELP = portServiceHelp('nodeport', 'NodePort', 'my-ns', [
  { name: 'node-port', type: 'int', default: 0, usage: 'Port used to expose the service on each node in a cluster.' },
]);

export const CREATE_SERVICE_LOADBALANCER_HELP = portServiceHelp('loadbalancer', 'LoadBalancer', 'my-lbs', []);

export const CREATE_SERVICE_EXTERNALNAME_HELP: CommandHelp = {
  name: 'create service externalname',
  use: 'create service externalname NAME --external-name external.name [--dry-run=server|client|none]',
  long: `Create an ExternalName service with the specified name.

 ExternalName service references to an external DNS address instead of only pods, which will allow application authors to reference services that exist off platform, on other clusters, or locally.`,
  example: `  # Create a new ExternalName service named my-ns
  kubectl create service externalname my-ns --external-name bar.com`,
  flags: serviceFlags([{ name: 'external-name', type: 'string', default: '', usage: 'External name of service' }, TCP]),
};
