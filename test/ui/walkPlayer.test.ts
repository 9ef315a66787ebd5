// Which walk the network view shows, and where in it: the player over a real cluster (no
// browser: the lab's bridge runs in Node, commands run straight on its sandbox).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/engine';
import { lab } from '../../src/ui/lib/sandbox.svelte';
import { player, stageView } from '../../src/ui/lib/walkPlayer.svelte';
import { walks } from '../../src/ui/lib/walks.svelte';

/** Run a command to its end on the lab's sandbox and let the panes see the result. */
function run(line: string): void {
  const inner = lab as unknown as { sb: Sandbox; refresh(full: boolean): void };
  inner.sb.run(line);
  inner.refresh(true);
}

beforeAll(async () => {
  await lab.init('');
  run('kubectl run web --image=luksa/kubia --labels=app=web --port=8080');
  run('kubectl run client --image=busybox --restart=Never -- sleep 3600');
  run('kubectl expose pod web --port=80 --target-port=8080');
  run('sleep 30');
});

describe('the walk player', () => {
  it('shows the newest walk, playing from its first hop, and steps through it', () => {
    run('kubectl exec client -- wget -qO- web');
    const newest = player.all[player.all.length - 1]!;
    expect(player.shown).toBe(newest);
    expect(player.view).toMatchObject({ index: 0, playing: true });
    player.step(1);
    expect(player.view).toMatchObject({ walk: newest, index: 1, playing: false });
    player.step(-1);
    player.step(-1);
    expect(player.view?.index).toBe(0);
    player.seek(1e9);
    expect(player.view?.index).toBe(newest.hops.length - 1);
  });

  it('keeps a walk the learner picked, until a newer walk comes while following', () => {
    const first = player.all[0]!;
    player.choose(first.id, 2, false);
    expect(player.view).toMatchObject({ walk: first, index: 2, playing: false });
    const before = player.all.length;
    run('kubectl exec client -- wget -qO- web');
    expect(player.all.length).toBeGreaterThan(before);
    expect(player.all.slice(before)).toContain(player.shown);
    player.follow = false;
    player.choose(first.id);
    run('kubectl exec client -- wget -qO- web');
    expect(player.shown).toBe(first);
    player.follow = true;
  });

  it('opens the walk a lesson link names, waits for one that has not happened, and brings the network forward', () => {
    stageView.show('cluster');
    expect(stageView.network).toBe(false);
    const id = player.all[1]!.id;
    walks.open(id);
    expect(stageView.network).toBe(true);
    expect(player.shown?.id).toBe(id);
    walks.open('node-9/w1');
    expect(player.shown).toBeUndefined();
    expect(player.awaited).toBe('node-9/w1');
    stageView.show('cluster');
    expect(stageView.network).toBe(false);
  });
});
