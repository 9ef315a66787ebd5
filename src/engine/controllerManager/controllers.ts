import type { Controller } from './types';

/**
 * The control loops this kube-controller-manager runs. Each lives in its own file and is
 * listed here once.
 */
export const CONTROLLERS: Controller<never>[] = [];
