import type { CommandImpl } from '../run';
import { apply } from './apply';
import { create } from './create';
import { get } from './get';

/** The kubectl verbs Pod Lab simulates, one file each. */
export const COMMANDS: Record<string, CommandImpl> = {
  apply,
  create,
  get,
};
