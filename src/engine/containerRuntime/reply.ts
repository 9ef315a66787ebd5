import { criMethod, type CriRequest, type CriResponse } from './cri';
import { kindName } from '../runtime/trace';
import type { RuntimeContext } from './types';

/** Answer a CRI call; the method name in the trace is the real gRPC method. */
export function criReply(rt: RuntimeContext, req: CriRequest, result: Omit<CriResponse, 'type' | 'requestId' | 'method'>): void {
  const method = criMethod(req.type) as CriResponse['method'];
  const res: CriResponse = Object.assign({ type: 'cri.response' as const, requestId: req.requestId, method }, result);
  rt.net.post(rt.self, {
    to: req.replyTo,
    event: res,
    kind: kindName(method, 'response'),
    step: req.step,
    detail: {
      ok: result.ok,
      ...(result.error ? { error: result.error } : {}),
      ...(result.podIP ? { podIP: result.podIP } : {}),
      ...(result.containerId ? { containerId: result.containerId.slice(0, 13) } : {}),
      ...(result.imageRef ? { image: result.imageRef } : {}),
    },
  });
}
