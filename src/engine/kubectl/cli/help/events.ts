/** `kubectl events --help` as kubectl v1.35 prints it (kubectl's own words). */
import type { CommandHelp } from '../types';
import { GET_HELP } from './get';
import { pickFlags } from './pick';

export const EVENTS_HELP: CommandHelp = {
  name: 'events',
  use: 'events [(-o|--output=)json|yaml|kyaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning]',
  long: `Display events.

 Prints a table of the most important information about events. You can request events for a namespace, for all namespace, or filtered to only those pertaining to a specified resource.`,
  example: `  # List recent events in the default namespace
  kubectl events
  
  # List recent events in all namespaces
  kubectl events --all-namespaces
  
  # List recent events for the specified pod, then wait for more events and list them as they arrive
  kubectl events --for pod/web-pod-13je7 --watch
  
  # List recent events in YAML format
  kubectl events -oyaml
  
  # List recent only events of type 'Warning' or 'Normal'
  kubectl events --types=Warning,Normal`,
  flags: [
    ...pickFlags(GET_HELP, ['all-namespaces', 'allow-missing-template-keys', 'chunk-size']),
    { name: 'for', type: 'string', default: '', usage: 'Filter events to only those pertaining to the specified resource.' },
    { name: 'no-headers', type: 'bool', default: false, usage: "When using the default output format, don't print headers." },
    {
      name: 'output',
      short: 'o',
      type: 'string',
      default: '',
      usage: 'Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).',
    },
    ...pickFlags(GET_HELP, ['show-managed-fields', 'template']),
    { name: 'types', type: 'stringSlice', default: [], usage: 'Output only events of given types.' },
    { name: 'watch', short: 'w', type: 'bool', default: false, usage: 'After listing the requested events, watch for more events.' },
  ],
};
