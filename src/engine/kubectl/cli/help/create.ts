/** `kubectl create --help` as kubectl v1.35 prints it (kubectl's own words: Long, Examples, flag usage). */
import type { CommandHelp } from '../types';

export const CREATE_HELP: CommandHelp = {
  name: 'create',
  use: 'create -f FILENAME',
  long: `Create a resource from a file or from stdin.

 JSON and YAML formats are accepted.`,
  example: `  # Create a pod using the data in pod.json
  kubectl create -f ./pod.json
  
  # Create a pod based on the JSON passed into stdin
  cat pod.json | kubectl create -f -
  
  # Edit the data in registry.yaml in JSON then create the resource using the edited data
  kubectl create -f registry.yaml --edit -o json`,
  subcommands: `  clusterrole           Create a cluster role
  clusterrolebinding    Create a cluster role binding for a particular cluster role
  configmap             Create a config map from a local file, directory or literal value
  cronjob               Create a cron job with the specified name
  deployment            Create a deployment with the specified name
  ingress               Create an ingress with the specified name
  job                   Create a job with the specified name
  namespace             Create a namespace with the specified name
  poddisruptionbudget   Create a pod disruption budget with the specified name
  priorityclass         Create a priority class with the specified name
  quota                 Create a quota with the specified name
  role                  Create a role with single rule
  rolebinding           Create a role binding for a particular role or cluster role
  secret                Create a secret using a specified subcommand
  service               Create a service using a specified subcommand
  serviceaccount        Create a service account with the specified name
  token                 Request a service account token`,
  flags: [
    {
      name: 'allow-missing-template-keys',
      type: 'bool',
      default: true,
      usage:
        'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.',
    },
    {
      name: 'dry-run',
      type: 'string',
      default: 'none',
      noOptDefault: 'unchanged',
      usage:
        'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.',
    },
    { name: 'edit', type: 'bool', default: false, usage: 'Edit the API resource before creating' },
    {
      name: 'field-manager',
      type: 'string',
      default: 'kubectl-create',
      usage: 'Name of the manager used to track field ownership.',
    },
    {
      name: 'filename',
      short: 'f',
      type: 'stringSlice',
      default: [],
      usage: 'Filename, directory, or URL to files to use to create the resource',
    },
    {
      name: 'kustomize',
      short: 'k',
      type: 'string',
      default: '',
      usage: "Process the kustomization directory. This flag can't be used together with -f or -R.",
    },
    {
      name: 'output',
      short: 'o',
      type: 'string',
      default: '',
      usage:
        'Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).',
    },
    {
      name: 'raw',
      type: 'string',
      default: '',
      usage: 'Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.',
    },
    {
      name: 'recursive',
      short: 'R',
      type: 'bool',
      default: false,
      usage:
        'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.',
    },
    {
      name: 'save-config',
      type: 'bool',
      default: false,
      usage:
        'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.',
    },
    {
      name: 'selector',
      short: 'l',
      type: 'string',
      default: '',
      usage:
        "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.",
    },
    {
      name: 'show-managed-fields',
      type: 'bool',
      default: false,
      usage: 'If true, keep the managedFields when printing objects in JSON or YAML format.',
    },
    {
      name: 'template',
      type: 'string',
      default: '',
      usage:
        'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].',
    },
    {
      name: 'validate',
      type: 'string',
      default: 'strict',
      noOptDefault: 'strict',
      usage:
        'Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.',
    },
    {
      name: 'windows-line-endings',
      type: 'bool',
      default: false,
      usage: 'Only relevant if --edit=true. Defaults to the line ending native to your platform.',
    },
  ],
};
