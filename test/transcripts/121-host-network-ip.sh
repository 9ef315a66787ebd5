# A hostNetwork Pod shares its node's network namespace: its IP is the node's, and `ip`
# inside it asks the node's kernel over netlink (RTM_GETADDR, RTM_GETROUTE, …). It sees
# what `ip` on the node sees — eth0, flannel.1, cni0 and the host end of every Pod's
# veth pair — where an ordinary Pod on the same node sees only lo and its own eth0.
cat <<'YAML' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: plain
spec:
  nodeName: node-1
  containers:
  - name: shell
    image: busybox:1.36
    command: ["sleep", "3600"]
---
apiVersion: v1
kind: Pod
metadata:
  name: hostnet
spec:
  nodeName: node-1
  hostNetwork: true
  containers:
  - name: shell
    image: busybox:1.36
    command: ["sleep", "3600"]
YAML
kubectl wait --for=condition=Ready pod/plain pod/hostnet
kubectl get pods -o wide
kubectl exec hostnet -- ip addr
kubectl exec hostnet -- ip route
kubectl exec hostnet -- ip link show cni0
kubectl exec plain -- ip addr
kubectl exec plain -- ip route
kubectl exec hostnet -- ip addr show nope
