import type { IToleration } from 'kubernetes-models/v1/Toleration';
import type { ITaint } from 'kubernetes-models/v1/Taint';
export type { Pod, Node } from '../api/objects';
export type Toleration = IToleration;
export type Taint = ITaint;
