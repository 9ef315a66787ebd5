import { flat } from '../runtime/strings';
import type { ContainerRecord, RuntimeContext } from './types';

/** One line the process wrote, stamped with the node's virtual time (what `kubectl logs` reads). */
export function appendLog(rt: RuntimeContext, c: ContainerRecord, stream: 'stdout' | 'stderr', text: string): void {
  c.logs.push({ t: rt.net.now(), stream, text: flat(text) });
}
