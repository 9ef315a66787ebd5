/** A binary min-heap of numbers: the distinct times something is due at (timeline.ts). */
export class TimeHeap {
  private items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): number | undefined {
    return this.items[0];
  }

  push(t: number): void {
    const items = this.items;
    items.push(t);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= t) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = t;
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) this.sink(last);
    return top;
  }

  /** Put `t` at the root and move it down to its place. */
  private sink(t: number): void {
    const items = this.items;
    const n = items.length;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && items[r]! < items[l]! ? r : l;
      if (items[child]! >= t) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = t;
  }
}
