/** A starting cluster: nodes, what the registry and laptop hold, and what is applied first. */
export interface Scenario {
  name: string;
  /** The cluster's wall-clock start, RFC 3339. Fixed, so runs are reproducible. */
  startTime: string;
  /** How long the cluster has existed when the learner arrives (system objects' AGE). */
  clusterAgeSeconds: number;
  nodes: ScenarioNode[];
  registry: {
    /** Image references from the catalog that the registry serves. */
    images: string[];
    /** Download speed from the registry, MB/s. */
    bandwidthMBps: number;
  };
  laptop: {
    /** Files in the working directory, path → content. */
    files: Record<string, string>;
    /** Images already in the laptop's local Docker store. */
    images: string[];
    /** Upload speed to the registry, MB/s. */
    uploadMBps: number;
  };
  /** YAML documents applied once the cluster is up (`kubectl apply -f -`). */
  objects: string;
  /** kube-proxy mode, for the networking work. */
  kubeProxyMode: 'iptables' | 'ipvs' | 'userspace';
}

export interface ScenarioNode {
  name: string;
  ip: string;
  role: 'control-plane' | 'worker';
  cpu: string;
  memory: string;
  pods: number;
  podCIDR: string;
  labels: Record<string, string>;
  taints: { key: string; value?: string; effect: string }[];
  /** Images already on the node. */
  images: string[];
}
