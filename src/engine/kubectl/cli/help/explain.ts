/** `kubectl explain --help` as kubectl v1.35 prints it (kubectl's own words: Long, Examples, flag usage). */
import type { CommandHelp } from '../types';

export const EXPLAIN_HELP: CommandHelp = {
  name: 'explain',
  use: 'explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2]',
  long: `Describe fields and structure of various resources.

 This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:

        <type>.<fieldName>[.<fieldName>]
        
 Information about each field is retrieved from the server in OpenAPI format.

Use "kubectl api-resources" for a complete list of supported resources.`,
  example: `  # Get the documentation of the resource and its fields
  kubectl explain pods
  
  # Get all the fields in the resource
  kubectl explain pods --recursive
  
  # Get the explanation for deployment in supported api versions
  kubectl explain deployments --api-version=apps/v1
  
  # Get the documentation of a specific field of a resource
  kubectl explain pods.spec.containers
  
  # Get the documentation of resources in different format
  kubectl explain deployment --output=plaintext-openapiv2`,
  flags: [
    {
      name: 'api-version',
      type: 'string',
      default: '',
      usage: 'Get different explanations for particular API version (API group/version)',
    },
    {
      name: 'output',
      type: 'string',
      default: 'plaintext',
      usage: 'Format in which to render the schema (plaintext, plaintext-openapiv2)',
    },
    {
      name: 'recursive',
      type: 'bool',
      default: false,
      usage: 'Print the fields of fields (Currently only 1 level deep)',
    },
  ],
};
