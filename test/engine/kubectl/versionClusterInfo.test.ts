import { describe, expect, it } from 'vitest';
import { cluster } from './helpers';

describe('kubectl version and cluster-info', () => {
  it('reports v1.35.0 for the client, its kustomize, and the server', () => {
    const sb = cluster();
    expect(sb.run('kubectl version').output).toBe('Client Version: v1.35.0\nKustomize Version: v5.7.1\nServer Version: v1.35.0\n');
    expect(sb.run('kubectl version --client').output).toBe('Client Version: v1.35.0\nKustomize Version: v5.7.1\n');
    const yaml = sb.run('kubectl version -o yaml').output;
    expect(yaml).toContain('serverVersion:\n  buildDate: "2025-12-17T12:32:07Z"\n  compiler: gc\n  emulationMajor: "1"\n');
    expect(JSON.parse(sb.run('kubectl version -o json').output).clientVersion.gitVersion).toBe('v1.35.0');
    expect(sb.run('kubectl version -o wide').output).toBe("error: --output must be 'yaml' or 'json'\n");
  });

  it('names the control plane and ends with the dump hint', () => {
    const out = cluster().run('kubectl cluster-info').output;
    expect(out.startsWith('Kubernetes control plane is running at https://192.168.56.10:6443\n')).toBe(true);
    expect(out.endsWith("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n")).toBe(true);
  });
});
