import { TimeHeap } from './heap';

/** Something waiting on the clock: its due time, and whether it was called off. */
export interface Waiting {
  at: number;
  cancelled: boolean;
}

interface Bucket<T> {
  at: number;
  /** Taken items are cleared from the list (see pop), so only the ones still waiting are held. */
  items: (T | undefined)[];
  /** Items before this index have been taken. */
  head: number;
}

/**
 * What waits on the clock, earliest first and, at one time, in the order it was scheduled.
 * Most things are due at the same few times (latencies are whole milliseconds), so each
 * distinct time holds a first-in-first-out bucket and only the times are kept in a heap:
 * taking the next item reads the front bucket instead of reordering a heap of every
 * message in flight.
 */
export class Timeline<T extends Waiting> {
  private readonly buckets = new Map<number, Bucket<T>>();
  private readonly times = new TimeHeap();
  /** The bucket of the earliest time, once found. */
  private front: Bucket<T> | undefined;

  push(item: T): void {
    let bucket = this.buckets.get(item.at);
    if (!bucket) {
      bucket = { at: item.at, items: [], head: 0 };
      this.buckets.set(item.at, bucket);
      this.times.push(item.at);
      if (this.front && item.at < this.front.at) this.front = undefined;
    }
    bucket.items.push(item);
  }

  /** The earliest item not called off, or undefined when nothing waits. */
  peek(): T | undefined {
    for (;;) {
      const bucket = this.front ?? this.frontBucket();
      if (!bucket) return undefined;
      const items = bucket.items;
      while (bucket.head < items.length && items[bucket.head]!.cancelled) items[bucket.head++] = undefined;
      if (bucket.head < items.length) return items[bucket.head];
      this.buckets.delete(bucket.at);
      this.times.pop();
      this.front = undefined;
    }
  }

  /**
   * Take the earliest item not called off. Its slot is cleared: a bucket gathers thousands
   * of items in a big run (everything due in the same millisecond, and what is sent with
   * no latency while it is being emptied), and a message delivered early in it would
   * otherwise stay reachable, with its event, until the last one is taken.
   */
  pop(): T | undefined {
    const item = this.peek();
    if (item) this.front!.items[this.front!.head++] = undefined;
    return item;
  }

  /** Everything still waiting (called off or not), in no particular order. */
  *all(): IterableIterator<T> {
    for (const bucket of this.buckets.values()) for (let i = bucket.head; i < bucket.items.length; i++) yield bucket.items[i]!;
  }

  private frontBucket(): Bucket<T> | undefined {
    const at = this.times.peek();
    if (at === undefined) return undefined;
    this.front = this.buckets.get(at);
    return this.front;
  }
}
