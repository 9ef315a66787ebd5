// The cluster's root CA certificate as Pods see it: in every namespace's kube-root-ca.crt
// ConfigMap and in each service-account volume's ca.crt. Pod Lab signs nothing, so the
// certificate is a stand-in that says what it is.
export const CLUSTER_CA_PEM = '-----BEGIN CERTIFICATE-----\n(cluster CA)\n-----END CERTIFICATE-----\n';

export const ROOT_CA_CONFIGMAP = 'kube-root-ca.crt';

/** The annotation kube-controller-manager's publisher puts on the ConfigMap. */
export const ROOT_CA_DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';
