import { describe, expect, it } from 'vitest';
import { defaultCatalog, lookupImage } from '../../../src/engine/images/catalog';
import { behaviourFor } from '../../../src/engine/images/process';
import { context, request, run, world } from './driver';

const catalog = defaultCatalog();
const image = (ref: string) => lookupImage(catalog, ref)!;

describe('luksa/kubia (Kubernetes in Action, ch. 2)', () => {
  it("starts, listens on 8080 and answers You've hit <hostname>", () => {
    const kubia = image('luksa/kubia');
    const w = world();
    const ctx = context(kubia, w, { hostname: 'kubia-manual' });
    const r = run(behaviourFor(kubia, undefined, undefined).start(ctx), w);
    expect(r.lines).toEqual(['Kubia server starting...']);
    expect(r.exitCode).toBeUndefined();
    const res = request(w, 8080, '/', ctx, '10.244.2.1');
    expect(res).toMatchObject({ status: 200, body: "You've hit kubia-manual\n", log: ['Received request from ::ffff:10.244.2.1'] });
  });

  it('ignores SIGTERM: node as PID 1 has no handler, so the kubelet waits for SIGKILL', () => {
    const kubia = image('luksa/kubia');
    const w = world();
    expect(behaviourFor(kubia, undefined, undefined).onSigterm(context(kubia, w))).toEqual({ action: 'ignore' });
  });

  it('crashes with EADDRINUSE when another container of the Pod holds 8080', () => {
    const kubia = image('luksa/kubia');
    const w = world({ takenPorts: new Set([8080]) });
    const r = run(behaviourFor(kubia, undefined, undefined).start(context(kubia, w)), w);
    expect(r.exitCode).toBe(1);
    expect(r.lines).toContain('Error: listen EADDRINUSE :::8080');
  });

  it('kubia-unhealthy answers 500 from the sixth request; v3 from the fifth', () => {
    const sick = image('luksa/kubia-unhealthy');
    const w = world();
    const ctx = context(sick, w);
    run(behaviourFor(sick, undefined, undefined).start(ctx), w);
    const statuses = Array.from({ length: 6 }, () => request(w, 8080, '/', ctx).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 500]);
    const v3 = image('luksa/kubia:v3');
    const w3 = world();
    const ctx3 = context(v3, w3, { hostname: 'kubia-v3-x' });
    run(behaviourFor(v3, undefined, undefined).start(ctx3), w3);
    const bodies = Array.from({ length: 5 }, () => request(w3, 8080, '/', ctx3).body);
    expect(bodies[0]).toBe('This is v3 running in pod kubia-v3-x\n');
    expect(bodies[4]).toBe('Some internal error has occurred! This is pod kubia-v3-x\n');
  });

  it('node:7 alone runs the REPL, which exits 0 on an empty stdin', () => {
    const node = image('node:7');
    const w = world();
    expect(run(behaviourFor(node, undefined, undefined).start(context(node, w)), w).exitCode).toBe(0);
  });

  it("node app.js without the file is Node 7's Cannot find module crash", () => {
    const node = image('node:7');
    const w = world();
    const r = run(behaviourFor(node, ['node', 'app.js'], undefined).start(context(node, w)), w);
    expect(r.exitCode).toBe(1);
    expect(r.lines).toContain("Error: Cannot find module '/app.js'");
  });
});
