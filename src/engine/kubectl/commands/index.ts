import type { CommandImpl } from '../run';
import { apiResources } from './apiResources';
import { apiVersions } from './apiVersions';
import { apply } from './apply';
import { clusterInfo } from './clusterInfo';
import { configCurrentContext, configGetClusters, configGetContexts, configGetUsers, configSetContext, configUseContext, configView } from './config';
import { create } from './create';
import { createConfigMap, createSecretGeneric } from './createConfigData';
import { createDeployment } from './createDeployment';
import { createNamespace } from './createNamespace';
import { cordon, uncordon } from './cordon';
import { drain } from './drain';
import { debug } from './debug';
import { createServiceClusterIP, createServiceExternalName, createServiceLoadBalancer, createServiceNodePort } from './createService';
import { deleteCommand } from './delete';
import { diff } from './diff';
import { edit } from './edit';
import { describe } from './describe';
import { attach } from './attach';
import { cp } from './cp';
import { proxy } from './proxy';
import { events } from './events';
import { exec } from './exec';
import { explain } from './explain';
import { expose } from './expose';
import { get } from './get';
import { annotate, label } from './label';
import { logs } from './logs';
import { rolloutStatus, subcommandGroup } from './rollout';
import { rolloutHistory } from './rolloutHistory';
import { rolloutRestart } from './rolloutRestart';
import { rolloutUndo } from './rolloutUndo';
import { patch } from './patch';
import { portForward } from './portForward';
import { replace } from './replace';
import { run } from './run';
import { scale } from './scale';
import { setImage } from './setImage';
import { taint } from './taint';
import { topMetrics } from './top';
import { version } from './version';
import { wait } from './wait';

/** The kubectl verbs Pod Lab simulates, one file each. */
export const COMMANDS: Record<string, CommandImpl> = {
  'api-resources': apiResources,
  'api-versions': apiVersions,
  apply,
  attach,
  create,
  delete: deleteCommand,
  debug,
  describe,
  diff,
  edit,
  cp,
  proxy,
  events,
  exec,
  explain,
  expose,
  get,
  label,
  annotate,
  scale,
  'create deployment': createDeployment,
  'create namespace': createNamespace,
  'create configmap': createConfigMap,
  'create secret': subcommandGroup('create secret'),
  'create secret generic': createSecretGeneric,
  'create service': subcommandGroup('create service'),
  'create service clusterip': createServiceClusterIP,
  'create service nodeport': createServiceNodePort,
  'create service loadbalancer': createServiceLoadBalancer,
  'create service externalname': createServiceExternalName,
  rollout: subcommandGroup('rollout'),
  'rollout status': rolloutStatus,
  'rollout history': rolloutHistory,
  'rollout undo': rolloutUndo,
  'rollout restart': rolloutRestart,
  set: subcommandGroup('set'),
  'set image': setImage,
  logs,
  patch,
  'port-forward': portForward,
  replace,
  run,
  version,
  top: subcommandGroup('top'),
  'top pod': topMetrics,
  'top node': topMetrics,
  'cluster-info': clusterInfo,
  config: subcommandGroup('config'),
  'config view': configView,
  'config current-context': configCurrentContext,
  'config get-contexts': configGetContexts,
  'config set-context': configSetContext,
  'config use-context': configUseContext,
  'config get-clusters': configGetClusters,
  'config get-users': configGetUsers,
  wait,
  cordon,
  uncordon,
  drain,
  taint,
};
