# kubectl taint: a taint keeps every Pod that does not tolerate it off a node. With both
# workers tainted (and the control plane tainted by kubeadm) a new Pod has nowhere to go.
kubectl taint nodes node-1 dedicated=gpu:NoSchedule
kubectl taint nodes node-2 dedicated=gpu:NoSchedule
kubectl describe node node-1 | grep Taints
kubectl run web --image=nginx
sleep 2
kubectl get pod web -o wide
kubectl describe pod web | grep -A 8 '^Tolerations'
# A Pod that tolerates the taint is scheduled on a tainted node.
cat > gpu.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: gpu
spec:
  tolerations:
  - key: dedicated
    operator: Equal
    value: gpu
    effect: NoSchedule
  containers:
  - name: nginx
    image: nginx
YAML
kubectl apply -f gpu.yaml
kubectl wait --for=condition=Ready pod/gpu --timeout=60s
kubectl get pod gpu -o wide
# Removing the taint lets the scheduler place the Pod that was waiting.
kubectl taint nodes node-1 dedicated:NoSchedule-
kubectl wait --for=condition=Ready pod/web --timeout=60s
kubectl get pod web -o wide
# What kubectl refuses, in its words.
kubectl taint nodes node-2 dedicated=cpu:NoSchedule
kubectl taint nodes node-2 dedicated=cpu:NoSchedule --overwrite
kubectl taint nodes node-2 dedicated=gpu:Foo
kubectl taint nodes node-1 dedicated:NoSchedule-
kubectl taint nodes nope dedicated=gpu:NoSchedule
kubectl taint pods web dedicated=gpu:NoSchedule
kubectl taint nodes dedicated=gpu:NoSchedule
kubectl taint nodes node-1 a=1:NoSchedule a-
# Several taints at once, every node with --all, nodes by label with -l, and a dry run.
kubectl taint nodes node-1 zone=a:PreferNoSchedule team=web:NoExecute --dry-run=client
kubectl taint nodes --all maintenance=soon:PreferNoSchedule
kubectl taint nodes -l kubernetes.io/hostname=node-2 maintenance- dedicated-
kubectl get nodes -o custom-columns=NAME:.metadata.name,TAINTS:.spec.taints
