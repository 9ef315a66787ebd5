/**
 * One build stage: the image being assembled, instruction by instruction, as BuildKit's
 * Dockerfile frontend dispatches them. Filesystem instructions (RUN, COPY, ADD, WORKDIR)
 * make layers and are the numbered steps; the rest only change the config.
 */
import { unitFromText } from '../digest';
import { mergeEnv, type LayerRecipe } from '../manifest';
import { resolvePath } from '../shell/registry';
import type { ImageConfig, ImageManifest, Layer, ShellFlavour } from '../types';
import { copyFiles, copyLayerSize } from './context';
import { execForm, splitArgs, substitute, type Instruction } from './parse';

export interface Stage {
  base: ImageManifest | undefined;
  layers: Layer[];
  config: ImageConfig;
  files: Record<string, string>;
  commands: string[];
  shell: ShellFlavour | undefined;
  versions: Record<string, string>;
  /** CMD set in this Dockerfile (ENTRYPOINT resets an inherited CMD only). */
  cmdSet: boolean;
  vars: Map<string, string>;
}

export function newStage(base: ImageManifest | undefined, args: ReadonlyMap<string, string>): Stage {
  const vars = new Map(args);
  for (const e of base?.config.env ?? []) {
    const eq = e.indexOf('=');
    vars.set(e.slice(0, eq), e.slice(eq + 1));
  }
  return {
    base,
    layers: [...(base?.layers ?? [])],
    config: base ? structuredCopy(base.config) : { env: [], exposedPorts: [] },
    files: { ...(base?.files ?? {}) },
    commands: [...(base?.commands ?? [])],
    shell: base?.shell,
    versions: { ...(base?.versions ?? {}) },
    cmdSet: false,
    vars,
  };
}

function structuredCopy(c: ImageConfig): ImageConfig {
  const out: ImageConfig = { ...c, env: [...c.env], exposedPorts: [...c.exposedPorts] };
  if (c.entrypoint) out.entrypoint = [...c.entrypoint];
  if (c.cmd) out.cmd = [...c.cmd];
  if (c.labels) out.labels = { ...c.labels };
  return out;
}

/** A RUN layer's size, from its command: package installs are large, `mkdir` is not. */
export function runLayerSize(command: string): number {
  const u = unitFromText(command);
  if (/apt-get install|apk add|yum install|dnf install|microdnf install/.test(command)) return Math.round(4_000_000 + u * 40_000_000);
  if (/npm (install|ci)|pip3? install|yarn|go build|mvn|gradle/.test(command)) return Math.round(2_000_000 + u * 30_000_000);
  if (/curl|wget|git clone/.test(command)) return Math.round(1_000_000 + u * 10_000_000);
  return Math.round(32 + u * 2000);
}

function pairs(args: string, legacySpace: boolean): [string, string][] {
  if (legacySpace && !/^\S+=/.test(args)) {
    const m = /^(\S+)\s+(.*)$/.exec(args);
    return m ? [[m[1] ?? '', (m[2] ?? '').trim()]] : [];
  }
  return splitArgs(args).map((kv) => {
    const eq = kv.indexOf('=');
    return eq < 0 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)];
  });
}

/** Apply a config-only instruction. */
export function applyConfig(stage: Stage, ins: Instruction): void {
  const args = ins.args;
  const c = stage.config;
  switch (ins.keyword) {
    case 'CMD':
      c.cmd = execForm(args) ?? ['/bin/sh', '-c', args];
      stage.cmdSet = true;
      break;
    case 'ENTRYPOINT':
      c.entrypoint = execForm(args) ?? ['/bin/sh', '-c', args];
      if (!stage.cmdSet) delete c.cmd;
      break;
    case 'ENV':
      for (const [k, v] of pairs(substitute(args, stage.vars), true)) {
        stage.vars.set(k, v);
        c.env = mergeEnv(c.env, [`${k}=${v}`]);
      }
      break;
    case 'EXPOSE':
      for (const p of splitArgs(substitute(args, stage.vars))) {
        const port = p.includes('/') ? p.toLowerCase() : `${p}/tcp`;
        if (!c.exposedPorts.includes(port)) c.exposedPorts.push(port);
      }
      break;
    case 'USER':
      c.user = substitute(args, stage.vars);
      break;
    case 'STOPSIGNAL':
      c.stopSignal = args;
      break;
    case 'LABEL':
      c.labels = { ...(c.labels ?? {}), ...Object.fromEntries(pairs(substitute(args, stage.vars), false)) };
      break;
    case 'ARG':
      for (const [k, v] of pairs(args, false)) if (!stage.vars.has(k)) stage.vars.set(k, v);
      break;
    default:
      break;
  }
}

/** A filesystem instruction's layer recipe (and the files it adds), relative to the stage. */
export function layerFor(stage: Stage, ins: Instruction, context: Record<string, string>, seed: string): LayerRecipe {
  const args = substitute(ins.args, stage.vars);
  if (ins.keyword === 'RUN') {
    const exec = execForm(ins.args);
    const shown = exec ? exec.join(' ') : `/bin/sh -c ${ins.args}`;
    return { createdBy: `RUN ${shown} # buildkit`, size: runLayerSize(ins.args), content: ins.args };
  }
  if (ins.keyword === 'WORKDIR') {
    const dir = resolvePath(stage.config.workingDir || '/', args);
    stage.config.workingDir = dir;
    return { createdBy: `WORKDIR ${dir}`, size: 93, content: dir };
  }
  const words = (execForm(args) ?? splitArgs(args)).filter((w) => !w.startsWith('--'));
  const dest = words.pop() ?? '/';
  const copied = copyFiles(words, dest, stage.config.workingDir || '/', context, seed);
  for (const f of copied) stage.files[f.dest] = f.content;
  const content = copied.map((f) => `${f.dest}\n${f.content}`).join('\n');
  return { createdBy: `${ins.keyword} ${ins.args} # buildkit`, size: copyLayerSize(copied), content };
}
