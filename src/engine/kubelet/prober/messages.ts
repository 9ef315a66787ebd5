// The messages between the kubelet's prober and a container's process for HTTP, TCP and
// gRPC probes. The real kubelet dials the Pod IP from the node; here the runtime, which
// runs the container's process, answers for it: whether the port is open, and for an
// HTTP GET the status the process's server returns. Exec probes use CRI ExecSync.
import type { ProbeAction } from './spec';

export interface ProbeRun {
  type: 'probe.run';
  requestId: string;
  replyTo: string;
  containerId: string;
  action: Exclude<ProbeAction, { kind: 'exec' }>;
  /** A lifecycle hook's HTTP GET, not a probe's. */
  hook?: boolean;
}

export interface ProbeAnswer {
  type: 'probe.answer';
  requestId: string;
  /** Something listens on the port in the Pod's network namespace. */
  open: boolean;
  /** httpGet: the status code the server answered with. */
  status?: number;
}
