# /etc/hosts is the kubelet's: it writes the file for each Pod and mounts it into every
# container. spec.hostAliases adds lines to it (the docs' hostaliases-pod), and the
# resolver reads it before asking DNS, so foo.local answers without a query. A Pod with a
# hostname and subdomain finds its fully qualified name there too; a host-network Pod
# gets the node's own file under a header of its own.
cat > hostaliases-pod.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: hostaliases-pod
spec:
  restartPolicy: Never
  hostname: web-0
  subdomain: web
  hostAliases:
  - ip: "127.0.0.1"
    hostnames:
    - "foo.local"
    - "bar.local"
  - ip: "10.1.2.3"
    hostnames:
    - "foo.remote"
    - "bar.remote"
  containers:
  - name: cat-hosts
    image: busybox:1.28
    command: ["sh", "-c", "cat /etc/hosts; hostname; ping -c 1 foo.local"]
YAML
kubectl apply -f hostaliases-pod.yaml
kubectl wait --for=jsonpath='{.status.phase}'=Succeeded pod/hostaliases-pod --timeout=60s
kubectl logs hostaliases-pod
# A host-network Pod: the node's /etc/hosts and hostname.
kubectl run on-host --image=busybox:1.36 --overrides='{"spec":{"hostNetwork":true}}' -- sleep 3600
kubectl wait --for=condition=Ready pod/on-host --timeout=60s
kubectl exec on-host -- cat /etc/hosts
kubectl exec on-host -- hostname
# containerd sets PATH, then HOSTNAME (the node's, here), then the image's ENV, then the
# container's variables; runc adds HOME.
kubectl exec on-host -- env
# Each address and name is checked as the API server checks them.
cat <<'YAML' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: bad-aliases
spec:
  hostAliases:
  - ip: "10.1.2"
    hostnames: ["Foo_bar"]
  containers:
  - name: c
    image: busybox
YAML
kubectl get pods
