import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/engine';
import { caption, captionKeys } from '../../src/ui/lib/captions';
import en from '../../src/ui/i18n/en.json';
import zh from '../../src/ui/i18n/zh.json';
import { lookup } from '../../src/ui/i18n/translate';

function keys(d: Record<string, Record<string, string>>): string[] {
  return Object.entries(d).flatMap(([g, m]) => Object.keys(m).map((k) => `${g}.${k}`)).sort();
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

const sb = createSandbox({ seed: 1 });
sb.run('kubectl apply -f pod.yaml');
sb.runUntilIdle();

describe('captions', () => {
  it('has every message in both languages, with the same placeholders', () => {
    expect(keys(zh)).toEqual(keys(en));
    for (const k of keys(en)) expect(placeholders(lookup('zh', k)!), k).toEqual(placeholders(lookup('en', k)!));
  });

  it('gives each message of the nine steps its own caption, never the generic one', () => {
    for (const e of sb.trace.filter((x) => x.step !== undefined)) {
      const key = captionKeys(e).find((k) => lookup('en', k) !== undefined)!;
      expect(key.startsWith('caption.generic'), `${e.kind} → ${key}`).toBe(false);
      expect(caption('en', e)).not.toMatch(/\{\w+\}/);
      expect(caption('zh', e)).not.toMatch(/\{\w+\}/);
    }
  });

  it('names components and fills details from the message', () => {
    const run = sb.trace.find((e) => e.kind === 'RunPodSandbox')!;
    expect(caption('en', run)).toBe("The kubelet asks containerd for the Pod's sandbox: the pause container and its network namespace.");
    const added = sb.trace.find((e) => e.kind === 'pod.ADDED' && e.to.startsWith('kubelet/'))!;
    expect(caption('en', added)).toBe('The kubelet on node-2 learns from its watch that kubia-manual is bound to its node.');
    expect(caption('zh', added)).toBe('node-2 上的 kubelet 通过 watch 得知：kubia-manual 已绑定到本节点。');
    const blob = sb.trace.find((e) => e.kind === 'blob.get')!;
    expect(caption('en', blob)).toMatch(/^containerd downloads a layer \(\d+\.\d MB\) from the registry\.$/);
  });

  it('keeps Kubernetes terms in English in the Chinese captions', () => {
    const create = sb.trace.find((e) => e.kind === 'pod.create')!;
    expect(caption('zh', create)).toBe('kubectl 把 Pod 发给 API server：POST /api/v1/namespaces/default/pods');
  });
});
