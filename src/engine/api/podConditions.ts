/**
 * A Pod condition says which generation of the Pod its writer acted on (KEP-5067, v1.35):
 * `observedGeneration`, right after `type` as PodCondition's fields are ordered.
 */
export function withGeneration<C extends { type: string }>(c: C, generation: number | undefined): C {
  if (generation === undefined) return c;
  const { type, ...rest } = c;
  return { type, observedGeneration: generation, ...rest } as unknown as C;
}
