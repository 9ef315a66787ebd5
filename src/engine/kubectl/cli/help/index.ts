/**
 * kubectl's help pages and flag declarations for the commands the sandbox runs. The
 * flags double as the parser's FlagSpecs, so `--help` and parsing cannot drift apart.
 */
import type { CommandHelp } from '../types';
import { ANNOTATE_HELP } from './annotate';
import { API_RESOURCES_HELP } from './apiResources';
import { API_VERSIONS_HELP } from './apiVersions';
import { APPLY_HELP } from './apply';
import { CLUSTER_INFO_HELP } from './cluster-info';
import { CONFIG_CURRENT_CONTEXT_HELP, CONFIG_GET_CLUSTERS_HELP, CONFIG_GET_CONTEXTS_HELP, CONFIG_GET_USERS_HELP, CONFIG_HELP, CONFIG_SET_CONTEXT_HELP, CONFIG_USE_CONTEXT_HELP, CONFIG_VIEW_HELP } from './config';
import { CREATE_HELP } from './create';
import { CREATE_CONFIGMAP_HELP, CREATE_SECRET_GENERIC_HELP, CREATE_SECRET_HELP } from './createConfigData';
import { CREATE_DEPLOYMENT_HELP } from './createDeployment';
import { CREATE_NAMESPACE_HELP } from './createNamespace';
import {
  CREATE_SERVICE_CLUSTERIP_HELP,
  CREATE_SERVICE_EXTERNALNAME_HELP,
  CREATE_SERVICE_HELP,
  CREATE_SERVICE_LOADBALANCER_HELP,
  CREATE_SERVICE_NODEPORT_HELP,
} from './createService';
import { DEBUG_HELP } from './debug';
import { DELETE_HELP } from './delete';
import { DESCRIBE_HELP } from './describe';
import { DIFF_HELP } from './diff';
import { CORDON_HELP, DRAIN_HELP, UNCORDON_HELP } from './drain';
import { CP_HELP } from './cp';
import { PROXY_HELP } from './proxy';
import { EVENTS_HELP } from './events';
import { ATTACH_HELP } from './attach';
import { EXEC_HELP } from './exec';
import { EXPLAIN_HELP } from './explain';
import { EXPOSE_HELP } from './expose';
import { GET_HELP } from './get';
import { LABEL_HELP } from './label';
import { LOGS_HELP } from './logs';
import { ROLLOUT_HELP, ROLLOUT_HISTORY_HELP, ROLLOUT_RESTART_HELP, ROLLOUT_STATUS_HELP, ROLLOUT_UNDO_HELP } from './rollout';
import { PATCH_HELP } from './patch';
import { EDIT_HELP } from './edit';
import { PORT_FORWARD_HELP } from './portForward';
import { REPLACE_HELP } from './replace';
import { RUN_HELP } from './run';
import { SCALE_HELP } from './scale';
import { SET_HELP, SET_IMAGE_HELP } from './set';
import { TAINT_HELP } from './taint';
import { TOP_HELP, TOP_NODE_HELP, TOP_POD_HELP } from './top';
import { VERSION_HELP } from './version';
import { WAIT_HELP } from './wait';

export const KUBECTL_COMMAND_HELP: Readonly<Record<string, CommandHelp>> = {
  'api-resources': API_RESOURCES_HELP,
  'api-versions': API_VERSIONS_HELP,
  apply: APPLY_HELP,
  create: CREATE_HELP,
  replace: REPLACE_HELP,
  patch: PATCH_HELP,
  edit: EDIT_HELP,
  diff: DIFF_HELP,
  run: RUN_HELP,
  get: GET_HELP,
  describe: DESCRIBE_HELP,
  delete: DELETE_HELP,
  logs: LOGS_HELP,
  events: EVENTS_HELP,
  cp: CP_HELP,
  proxy: PROXY_HELP,
  explain: EXPLAIN_HELP,
  version: VERSION_HELP,
  top: TOP_HELP,
  'top pod': TOP_POD_HELP,
  'top node': TOP_NODE_HELP,
  'cluster-info': CLUSTER_INFO_HELP,
  config: CONFIG_HELP,
  'config view': CONFIG_VIEW_HELP,
  'config current-context': CONFIG_CURRENT_CONTEXT_HELP,
  'config get-contexts': CONFIG_GET_CONTEXTS_HELP,
  'config set-context': CONFIG_SET_CONTEXT_HELP,
  'config use-context': CONFIG_USE_CONTEXT_HELP,
  'config get-clusters': CONFIG_GET_CLUSTERS_HELP,
  'config get-users': CONFIG_GET_USERS_HELP,
  wait: WAIT_HELP,
  attach: ATTACH_HELP,
  exec: EXEC_HELP,
  'port-forward': PORT_FORWARD_HELP,
  expose: EXPOSE_HELP,
  debug: DEBUG_HELP,
  label: LABEL_HELP,
  annotate: ANNOTATE_HELP,
  scale: SCALE_HELP,
  'create deployment': CREATE_DEPLOYMENT_HELP,
  'create namespace': CREATE_NAMESPACE_HELP,
  'create configmap': CREATE_CONFIGMAP_HELP,
  'create secret': CREATE_SECRET_HELP,
  'create secret generic': CREATE_SECRET_GENERIC_HELP,
  'create service': CREATE_SERVICE_HELP,
  'create service clusterip': CREATE_SERVICE_CLUSTERIP_HELP,
  'create service nodeport': CREATE_SERVICE_NODEPORT_HELP,
  'create service loadbalancer': CREATE_SERVICE_LOADBALANCER_HELP,
  'create service externalname': CREATE_SERVICE_EXTERNALNAME_HELP,
  rollout: ROLLOUT_HELP,
  'rollout status': ROLLOUT_STATUS_HELP,
  'rollout history': ROLLOUT_HISTORY_HELP,
  'rollout undo': ROLLOUT_UNDO_HELP,
  'rollout restart': ROLLOUT_RESTART_HELP,
  set: SET_HELP,
  'set image': SET_IMAGE_HELP,
  cordon: CORDON_HELP,
  uncordon: UNCORDON_HELP,
  drain: DRAIN_HELP,
  taint: TAINT_HELP,
};
