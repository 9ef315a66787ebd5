# activeDeadlineSeconds: how long a Pod may be active on its node, counted from its
# startTime. Past it the kubelet records DeadlineExceeded, the Pod fails with that reason,
# and its containers are stopped with the grace period (sleep as PID 1 ignores SIGTERM,
# so it is killed 30 s later).
cat <<'YAML' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: short
spec:
  activeDeadlineSeconds: 10
  containers:
  - name: sleeper
    image: busybox:1.36
    command: ["sleep", "3600"]
YAML
kubectl wait --for=condition=Ready pod/short --timeout=60s
kubectl get pod short
sleep 10
kubectl get pod short
kubectl get events --field-selector involvedObject.name=short
sleep 30
kubectl get pod short
kubectl describe pod short
# It may be set on a running Pod, or shortened, but never raised or removed.
kubectl run web --image=nginx:1.27
kubectl wait --for=condition=Ready pod/web --timeout=60s
kubectl patch pod web -p '{"spec":{"activeDeadlineSeconds":60}}'
kubectl patch pod web -p '{"spec":{"activeDeadlineSeconds":90}}'
kubectl patch pod web --type=json -p '[{"op":"remove","path":"/spec/activeDeadlineSeconds"}]'
kubectl patch pod web -p '{"spec":{"activeDeadlineSeconds":5}}'
sleep 5
kubectl get pod web -o jsonpath='{.status.phase} {.status.reason}: {.status.message}{"\n"}'
kubectl get pod web -o jsonpath='{range .status.conditions[*]}{.type}={.status} {.reason}{"\n"}{end}'
