import type { CommandImpl } from '../run';
import { apply } from './apply';
import { clusterInfo } from './clusterInfo';
import { create } from './create';
import { createDeployment } from './createDeployment';
import { deleteCommand } from './delete';
import { describe } from './describe';
import { exec } from './exec';
import { explain } from './explain';
import { expose } from './expose';
import { get } from './get';
import { annotate, label } from './label';
import { logs } from './logs';
import { rollout, rolloutStatus } from './rollout';
import { run } from './run';
import { scale } from './scale';
import { version } from './version';
import { wait } from './wait';

/** The kubectl verbs Pod Lab simulates, one file each. */
export const COMMANDS: Record<string, CommandImpl> = {
  apply,
  create,
  delete: deleteCommand,
  describe,
  exec,
  explain,
  expose,
  get,
  label,
  annotate,
  scale,
  'create deployment': createDeployment,
  rollout,
  'rollout status': rolloutStatus,
  logs,
  run,
  version,
  'cluster-info': clusterInfo,
  wait,
};
