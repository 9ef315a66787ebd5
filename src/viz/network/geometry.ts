// Lines of the packet's trail: consecutive hops at one device collapse into one point, and
// a trail is drawn beside the devices' centre line, on the left of its way, so a packet
// going out and its reply coming back run side by side in opposite lanes.

export interface Point {
  x: number;
  y: number;
}

/** The points without repeats (a packet that stays at a device for several hops). */
export function distinct(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (!last || Math.abs(last.x - p.x) > 0.5 || Math.abs(last.y - p.y) > 0.5) out.push(p);
  }
  return out;
}

/** The unit normal on the left of the way from a to b (screen coordinates: y grows down). */
function leftNormal(a: Point, b: Point): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: dy / len, y: -dx / len };
}

/** The polyline moved `d` to the left of its way; corners take the mean of both normals. */
export function offsetPolyline(points: readonly Point[], d: number): Point[] {
  const ps = distinct(points);
  if (ps.length < 2) return ps.map((p) => ({ ...p }));
  return ps.map((p, i) => {
    const before = i > 0 ? leftNormal(ps[i - 1]!, p) : undefined;
    const after = i < ps.length - 1 ? leftNormal(p, ps[i + 1]!) : undefined;
    const n = before && after ? { x: (before.x + after.x) / 2, y: (before.y + after.y) / 2 } : (before ?? after)!;
    const len = Math.hypot(n.x, n.y) || 1;
    return { x: p.x + (n.x / len) * d, y: p.y + (n.y / len) * d };
  });
}

export function pathOf(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}
