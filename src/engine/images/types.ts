/**
 * What an image is, as a registry and a container runtime see it: an OCI manifest
 * (layers with digests and compressed sizes), an image config (entrypoint, cmd, env,
 * exposed ports, stop signal) and — Pod Lab's addition — which behaviour its process has.
 */

export interface Layer {
  /** `sha256:…` of the compressed layer blob. */
  digest: string;
  /** Compressed size in bytes: what a pull downloads. */
  size: number;
  /** The Dockerfile line that made it, as `docker history` shows it. */
  createdBy: string;
}

export interface ImageConfig {
  entrypoint?: string[];
  cmd?: string[];
  /** `NAME=value`, in image order. */
  env: string[];
  workingDir?: string;
  /** `80/tcp`, `53/udp`. */
  exposedPorts: string[];
  user?: string;
  /** `STOPSIGNAL`: what the runtime sends instead of SIGTERM (nginx: SIGQUIT). */
  stopSignal?: string;
  labels?: Record<string, string>;
}

/** Which `/bin/sh` an image ships, for the wording of its errors. */
export type ShellFlavour = 'ash' | 'dash' | 'bash';

export interface ImageManifest {
  /** Normalised reference, e.g. `docker.io/library/nginx:1.27`. */
  ref: string;
  /** Manifest digest, `sha256:…` (what `Image ID` and `@sha256:` pulls name). */
  digest: string;
  /** Config digest, `sha256:…`: the image ID `docker images` and `docker build` print. */
  id: string;
  layers: Layer[];
  config: ImageConfig;
  /** Sum of the layers' compressed sizes. */
  size: number;
  /** Key into the behaviours: `nginx`, `kubia`, `busybox`, `redis`, `pause`, … */
  behaviour: string;
  /** The shell at /bin/sh, when the image has one. */
  shell?: ShellFlavour;
  /** Executables on the PATH (base names), so `kubectl exec … -- ps` can fail as it does. */
  commands: string[];
  /** Files the image bakes in that the simulation reads (nginx's index.html, kubia's /app.js). */
  files: Record<string, string>;
  /** The image config's `created` (RFC 3339): when it was built, so the time its files carry. */
  created?: string;
  /** Versions of the software inside (`nginx`, `busybox`, `curl`, `redis`, …): wording depends on them. */
  versions: Record<string, string>;
}
