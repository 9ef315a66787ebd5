import { deploymentController } from './deploymentController';
import { endpointsController } from './endpointsController';
import { endpointSliceController } from './endpointSliceController';
import { garbageCollector } from './garbageCollector';
import { namespaceController } from './namespaceController';
import { nodeLifecycleController } from './nodeLifecycleController';
import { replicaSetController } from './replicaSetController';
import { rootCaPublisher } from './rootCaPublisher';
import { serviceLBController } from './serviceLBController';
import { taintEvictionController } from './taintEvictionController';
import type { Controller } from './types';

/**
 * The control loops this kube-controller-manager runs. Each lives in its own file and is
 * listed here once.
 */
export const CONTROLLERS: Controller<never>[] = [
  namespaceController as Controller<never>,
  endpointSliceController as Controller<never>,
  endpointsController as Controller<never>,
  serviceLBController as Controller<never>,
  deploymentController as Controller<never>,
  replicaSetController as Controller<never>,
  garbageCollector as Controller<never>,
  rootCaPublisher as Controller<never>,
  nodeLifecycleController as Controller<never>,
  taintEvictionController as Controller<never>,
];
