// The packet walk the network view shows and where in it the packet is: shared by the
// stage's diagram and the side panel's header table, so both show the same hop. A walk
// comes into view when a lesson link asks for it, when the learner picks it, or (while
// following) when a new command sends packets; it then plays hop by hop at the lab's speed.
// The walks of one command (curl's DNS lookup, then its TCP connection) play one after
// the other.
import { untrack } from 'svelte';
import { WalkIndex, type Walk } from '../../viz/network/hops';
import { serviceViews, type ServiceView } from '../../viz/network/model';
import { lab } from './sandbox.svelte';
import { outputHold } from './outputHold.svelte';
import { commandAt, dwell } from './walkTiming';
import { walks as selection } from './walks.svelte';

export interface WalkView {
  walk: Walk;
  index: number;
  playing: boolean;
}

/** A moment in the trace; a new sandbox (reset, time travel) brings a new trace. */
interface Mark {
  trace: readonly unknown[];
  seq: number;
}

const mark = (): Mark => {
  const trace = lab.trace;
  return { trace, seq: trace[trace.length - 1]?.seq ?? 0 };
};

class WalkPlayer {
  /** Show each new walk as a command sends it (the learner may turn this off). */
  follow = $state(true);
  private index = new WalkIndex();
  /** Every walk in the trace, oldest first. */
  readonly all: readonly Walk[] = $derived(this.index.update(lab.trace));
  /** Every Service's port mapping, for labels and the Service diagram. */
  readonly services: ServiceView[] = $derived(lab.snapshot ? serviceViews(lab.snapshot) : []);
  /** Where the trace was when a lesson link last asked for a walk. */
  private linkAt = $derived.by(() => {
    void selection.requests;
    return untrack(mark);
  });
  /** The learner's own pick (from the list, or moving on to the next walk of a command). */
  private pick = $state.raw<{ id: string; at: Mark; requests: number } | undefined>(undefined);
  private cursor = $state<{ walk: string; index: number; playing: boolean }>({ walk: '', index: 0, playing: false });

  /** The walk asked for, and after which trace position a walk counts as new (every walk of a newer trace does). */
  private get choice(): { id: string | undefined; at: number } {
    const p = this.pick;
    const { id, at } = p && p.requests === selection.requests ? p : { id: selection.selected, at: this.linkAt };
    return { id, at: at.trace === lab.trace ? at.seq : -1 };
  }

  /** Which command a walk belongs to (walks of one command form a story). */
  private story(w: Walk): string {
    const i = commandAt(lab.commandTimes, w.t);
    return i < 0 ? `walk:${w.id}` : `cmd:${i}`;
  }

  /** The walk in view: a newer command's first walk while following, else the chosen one, else the newest. */
  readonly shown: Walk | undefined = $derived.by(() => {
    const all = this.all;
    const { id, at } = this.choice;
    if (this.follow) {
      const fresh = all.filter((w) => w.firstSeq > at);
      const newest = fresh[fresh.length - 1];
      if (newest) return fresh.find((w) => this.story(w) === this.story(newest));
    }
    if (id !== undefined) return all.find((w) => w.id === id);
    return all[all.length - 1];
  });

  /**
   * The newest command whose walk is playing because the view followed it there: its
   * output waits in the terminal until the last hop of its last walk (outputHold).
   */
  private held = $derived.by(() => {
    const v = this.view;
    if (!this.follow || !v?.playing || v.walk.firstSeq <= this.choice.at) return undefined;
    const i = commandAt(lab.commandTimes, v.walk.t);
    if (i < 0 || i !== lab.commandTimes.length - 1) return undefined;
    const last = !this.neighbour(v.walk, 1) && v.index >= v.walk.hops.length - 1;
    return last ? undefined : i;
  });

  /** The walk a lesson link asked for that has not happened yet. */
  get awaited(): string | undefined {
    const id = this.choice.id;
    return id !== undefined && !this.all.some((w) => w.id === id) ? id : undefined;
  }

  readonly view: WalkView | undefined = $derived.by(() => {
    const w = this.shown;
    if (!w || w.hops.length === 0) return undefined;
    const c = this.cursor;
    // A walk that has just come into view plays from its first hop.
    if (c.walk !== w.id) return { walk: w, index: 0, playing: true };
    return { walk: w, index: Math.min(c.index, w.hops.length - 1), playing: c.playing };
  });

  choose(id: string, index = 0, playing = true): void {
    this.pick = { id, at: mark(), requests: selection.requests };
    this.cursor = { walk: id, index, playing };
  }

  /** The walk before or after this one among the walks of the same command. */
  neighbour(w: Walk, dir: 1 | -1): Walk | undefined {
    const mine = this.all.filter((x) => this.story(x) === this.story(w));
    return mine[mine.indexOf(w) + dir];
  }

  /** Whether the command that sent this walk is still running (more hops may come). */
  private running(w: Walk): boolean {
    const i = commandAt(lab.commandTimes, w.t);
    const entry = lab.terminalAtTrace[i];
    return !!entry && !entry.done;
  }

  /** One hop forward or back; past either end, on to the command's next or previous walk. */
  step(delta: number, playing = false): void {
    const v = this.view;
    if (!v) return;
    const i = v.index + delta;
    const n = v.walk.hops.length;
    if (i >= n) {
      const next = this.neighbour(v.walk, 1);
      if (next) this.choose(next.id, 0, playing);
      else this.cursor = { walk: v.walk.id, index: n - 1, playing: false };
    } else if (i < 0) {
      const prev = this.neighbour(v.walk, -1);
      if (prev) this.choose(prev.id, prev.hops.length - 1, false);
      else this.cursor = { walk: v.walk.id, index: 0, playing: false };
    } else this.cursor = { walk: v.walk.id, index: i, playing };
  }

  seek(index: number): void {
    const v = this.view;
    if (v) this.cursor = { walk: v.walk.id, index: Math.max(0, Math.min(index, v.walk.hops.length - 1)), playing: false };
  }

  play(): void {
    const v = this.view;
    if (!v) return;
    const restart = v.index >= v.walk.hops.length - 1 && !this.neighbour(v.walk, 1);
    this.cursor = { walk: v.walk.id, index: restart ? 0 : v.index, playing: true };
  }

  pause(): void {
    const v = this.view;
    if (v) this.cursor = { walk: v.walk.id, index: v.index, playing: false };
  }

  toggle(): void {
    if (this.view?.playing) this.pause();
    else this.play();
  }

  /** ← and → step through the hops while a network view has the focus (not inside a list or a field). */
  onKey = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    if (e.target instanceof Element && e.target.closest('select, input, textarea, [role="tab"]')) return;
    e.preventDefault();
    e.stopPropagation();
    this.step(e.key === 'ArrowRight' ? 1 : -1);
  };

  // ——— the clock: one timer for however many views are mounted ———

  private mounts = 0;
  private stopClock: (() => void) | undefined;

  /** `{@attach player.clock}` on a view: the walk plays while at least one view is on the page. */
  clock = (): (() => void) => {
    this.mounts += 1;
    if (this.mounts === 1)
      this.stopClock = $effect.root(() => {
        $effect(() => this.tick());
        $effect(() => {
          outputHold.command = this.held;
        });
      });
    return () => {
      this.mounts -= 1;
      if (this.mounts > 0) return;
      this.stopClock?.();
      outputHold.command = undefined;
    };
  };

  /**
   * What the clock waits on: the hop in view while playing, unless the walk is at its end
   * and its command still runs (its next hops or next walk are on their way). A walk that
   * grows while it plays does not restart the wait.
   */
  private beat = $derived.by(() => {
    const v = this.view;
    if (!v?.playing) return '';
    const atEnd = v.index >= v.walk.hops.length - 1;
    if (atEnd && !this.neighbour(v.walk, 1) && this.running(v.walk)) return '';
    return `${v.walk.id}|${v.index}|${lab.speed}`;
  });

  private tick(): (() => void) | undefined {
    if (!this.beat) return undefined;
    const ms = untrack(() => (this.view ? dwell(this.view.walk, this.view.index) : 0) / lab.speed);
    const id = setTimeout(() => this.step(1, true), ms);
    return () => clearTimeout(id);
  }
}

export const player = new WalkPlayer();

/** Whether the stage shows the cluster or the network diagram; a lesson's walk link brings the network forward. */
class StageView {
  private mode = $state<'cluster' | 'network'>('cluster');
  private seen = $state(0);

  get network(): boolean {
    return selection.requests > this.seen || this.mode === 'network';
  }

  show(mode: 'cluster' | 'network'): void {
    this.mode = mode;
    this.seen = selection.requests;
  }
}

export const stageView = new StageView();
