import type { IToleration } from 'kubernetes-models/v1/Toleration';
export type { Pod, Node } from '../api/objects';
export type Toleration = IToleration;
