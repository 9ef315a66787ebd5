// The Container Runtime Interface between the kubelet and containerd, as events. Call
// names are the real gRPC methods (RuntimeService / ImageService); payloads keep the
// fields the simulation needs.
import type { Step } from '../runtime/trace';
import type { HttpRequestData } from '../nodeNet/events';

export interface PodSandboxConfig {
  uid: string;
  name: string;
  namespace: string;
  hostname: string;
  /** PID namespace shared by the containers (`shareProcessNamespace: true`): pause is PID 1 for all. */
  sharePid: boolean;
  hostNetwork: boolean;
  /** /etc/resolv.conf lines the kubelet computed from `dnsPolicy`. */
  resolvConf: string[];
  /**
   * The files of the Pod's configMap and secret volumes, by volume name and path in it: the
   * real kubelet writes them under /var/lib/kubelet/pods and CreateContainer bind-mounts them.
   */
  volumeFiles?: Record<string, Record<string, string>>;
}

export interface ContainerConfig {
  name: string;
  /** The image reference as written in the Pod spec. */
  image: string;
  command?: string[];
  args?: string[];
  env: { name: string; value: string }[];
  ports: { containerPort: number; protocol: string; name?: string }[];
  workingDir?: string;
  /** Restart number: 0 for the first run, then 1, 2, … (the runtime keeps it in the container name). */
  attempt: number;
  volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[];
  /** The kubelet's /etc/hosts for the Pod, mounted over the image's (CRI: a Mount of the kubelet's etc-hosts file). */
  etcHosts?: string;
  /** resources.limits.memory in bytes: the cgroup limit the OOM killer enforces. */
  memoryLimit?: number;
  /** The container's stdin is kept open (`stdin: true`): a shell or REPL waits on it rather than reading EOF. */
  stdin?: boolean;
  tty?: boolean;
  /**
   * NamespaceOption pid TARGET: the container joins this container's PID namespace (an
   * ephemeral container with a `targetContainerName`) and sees its processes.
   */
  pidTarget?: string;
}

interface Call<T extends string> {
  type: T;
  requestId: string;
  replyTo: string;
  step?: Step;
}
// Exec and Attach calls marked `frame: 'stdin'` are a line (or the end) written on a stream
// already open, not a new call: they and their answers are traced as `Exec.stdin`, `….response`.

export type CriRequest =
  | (Call<'cri.RunPodSandbox'> & { config: PodSandboxConfig })
  | (Call<'cri.StopPodSandbox'> & { sandboxId: string })
  | (Call<'cri.RemovePodSandbox'> & { sandboxId: string })
  | (Call<'cri.ImageStatus'> & { image: string })
  | (Call<'cri.PullImage'> & { image: string })
  | (Call<'cri.CreateContainer'> & { sandboxId: string; config: ContainerConfig })
  | (Call<'cri.StartContainer'> & { containerId: string })
  | (Call<'cri.StopContainer'> & { containerId: string; timeoutSeconds: number })
  | (Call<'cri.RemoveContainer'> & { containerId: string })
  | (Call<'cri.ReadLogs'> & { containerId: string; tailLines?: number; timestamps?: boolean; /** Only lines written at or after this virtual time. */ since?: number; /** Then keep sending the lines written (LogChunk). */ follow?: boolean; /** Stop following for this earlier call (its reader went away). */ unfollow?: string })
  | (Call<'cri.ExecSync'> & { containerId: string; cmd: string[]; timeoutSeconds?: number; tty?: boolean; stdin?: string })
  /**
   * An exec with its stdin kept open (`kubectl exec -i`): without `execId` it starts `cmd`;
   * with it, `stdin` (a line) is written to that process, or `eof` closes its stdin. The
   * answer is what the process wrote until it next waits on stdin, or its exit.
   */
  | (Call<'cri.Exec'> & { containerId: string; cmd: string[]; tty?: boolean; execId?: string; stdin?: string; eof?: boolean; frame?: 'stdin' })
  /** The attach stream: `stdin` (a line) is written to the main process's stdin; without it, only attach. */
  | (Call<'cri.Attach'> & { containerId: string; stdin?: string; frame?: 'stdin' })
  /**
   * The Pod's port-forward stream: without `frame`, open it (the runtime's streaming server
   * serves it); with `frame: 'data'`, one connection to `port` inside the sandbox's network
   * namespace carrying `request`, answered with what came back (`stdout`, JSON) or the error.
   */
  | (Call<'cri.PortForward'> & { podSandboxId: string; port: number; frame?: 'data'; request?: HttpRequestData });

export type CriMethod = CriRequest['type'] extends `cri.${infer M}` ? M : never;

const methods = new Map<string, CriMethod>();

/** The gRPC method of a call (`cri.RunPodSandbox` → `RunPodSandbox`), one string per method for the trace. */
export function criMethod(type: CriRequest['type']): CriMethod {
  let method = methods.get(type);
  if (method === undefined) {
    method = type.slice(4) as CriMethod;
    methods.set(type, method);
  }
  return method;
}

/** What a CRI call returns. `error` is the gRPC error text the kubelet would log. */
export interface CriResponse {
  type: 'cri.response';
  requestId: string;
  method: CriMethod;
  ok: boolean;
  error?: string;
  sandboxId?: string;
  podIP?: string;
  containerId?: string;
  /** ImageStatus / PullImage: the resolved image and its manifest digest (`imageID`). */
  imageRef?: string;
  imageId?: string;
  imageSize?: number;
  present?: boolean;
  /** PullImage: how long the pull took, virtual ms, including waiting for earlier pulls. */
  pullMs?: number;
  waitMs?: number;
  logs?: string;
  stdout?: string;
  stderr?: string;
  exitCode?: number;
  /** Attach, Exec: the prompt the process shows while it waits for its next line on stdin. */
  prompt?: string;
  /** Attach, Exec: the process has exited (with `exitCode`): the stream is over. */
  exited?: boolean;
  /** Exec: the session later lines of stdin name. */
  execId?: string;
  /** ReadLogs with follow: the lines written from now on come as LogChunk messages. */
  following?: boolean;
}

/** Lines a followed container wrote (`kubectl logs -f`), or the end of its log (`end`: it exited). */
export interface LogChunk {
  type: 'cri.logChunk';
  requestId: string;
  text: string;
  end?: boolean;
}

/**
 * A container started or exited: containerd's event stream, which the kubelet's evented
 * PLEG turns into pod syncs.
 */
export interface ContainerEvent {
  type: 'cri.containerEvent';
  containerId: string;
  podUid: string;
  name: string;
  event: 'started' | 'exited';
  exitCode?: number;
  /** `Completed`, `Error`, `OOMKilled`, … */
  reason?: string;
  signal?: number;
  /** Virtual ms when it happened. */
  at: number;
}
