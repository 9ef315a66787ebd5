# The containers of a Pod share its network, IPC and UTS namespaces: the same eth0,
# the same hostname, localhost reaches a sibling. Each has its own PID namespace unless
# the Pod shares one — then pause is PID 1 for everybody.
cat > two.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: two
spec:
  containers:
  - name: web
    image: nginx
  - name: shell
    image: busybox
    command: ["sleep", "3600"]
---
apiVersion: v1
kind: Pod
metadata:
  name: shared
spec:
  shareProcessNamespace: true
  containers:
  - name: web
    image: nginx
  - name: shell
    image: busybox
    command: ["sleep", "3600"]
YAML
kubectl apply -f two.yaml
sleep 20
kubectl exec two -c shell -- ip addr
kubectl exec two -c shell -- hostname
kubectl exec two -c web -- hostname
kubectl exec two -c shell -- wget -qO- localhost
kubectl exec two -c shell -- ps
kubectl exec shared -c shell -- ps
kubectl exec two -- hostname
