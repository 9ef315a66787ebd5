import type { Detail, ObjectRef, Step } from '../../runtime/trace';
import type { DockerEffect } from '../program';

/** Small generators for the laptop's effects, so a command reads as sequential code. */
export function* out(text: string): Generator<DockerEffect, void, unknown> {
  if (text) yield { op: 'out', text };
}

export function* err(text: string): Generator<DockerEffect, void, unknown> {
  if (text) yield { op: 'err', text };
}

/** Let virtual time pass on the laptop (a build step, an extraction). Nothing for 0 ms. */
export function* sleep(ms: number): Generator<DockerEffect, void, unknown> {
  const whole = Math.round(ms);
  if (whole > 0) yield { op: 'sleep', ms: whole };
}

/** Work done inside the laptop, recorded in the trace. */
export function* note(kind: string, extra: { step?: Step; ref?: ObjectRef; detail?: Detail } = {}): Generator<DockerEffect, void, unknown> {
  yield { op: 'note', kind, ...extra };
}
