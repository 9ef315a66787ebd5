# Two ways a container dies that the kubelet did not cause. A command that does not exist:
# runc cannot exec it, so StartContainer fails — StartError, exit code 128, a start time of
# zero — and the Pod shows RunContainerError, then CrashLoopBackOff. With restartPolicy
# Never it stays StartError. And a process that goes over its memory limit: the cgroup's
# OOM killer ends it (OOMKilled, 137), the docs' memory-demo-2.
cat > typo.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: typo
spec:
  containers:
  - name: app
    image: nginx:1.27
    command: ["pyhton", "app.py"]
YAML
kubectl apply -f typo.yaml
sleep 3
kubectl get pod typo
sleep 20
kubectl get pod typo
kubectl describe pod typo
kubectl run once --image=busybox:1.36 --restart=Never --command -- /app/run.sh
sleep 5
kubectl get pod once
kubectl get pod once -o jsonpath='{.status.containerStatuses[0].state.terminated.message}{"\n"}'
cat > memory-demo-2.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: memory-demo-2
spec:
  containers:
  - name: memory-demo-2-ctr
    image: polinux/stress
    resources:
      requests:
        memory: "50Mi"
      limits:
        memory: "100Mi"
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"]
YAML
kubectl apply -f memory-demo-2.yaml
kubectl get pod memory-demo-2 -w --request-timeout=25s
kubectl get pod memory-demo-2 -o yaml | grep -A6 lastState
# A running container whose image is changed to one that cannot be pulled: it was stopped
# (nginx exits 0 on its stop signal), and that run stays its last state while it waits for
# the image; the Pod is still Running, as getPhase counts a waiting container that has run.
kubectl run web --image=nginx:1.27
kubectl wait --for=condition=Ready pod/web --timeout=60s
kubectl set image pod/web web=nginx:1.99
sleep 10
kubectl get pod web
kubectl get pod web -o jsonpath='{.status.phase} {.status.containerStatuses[0].state.waiting.reason} {.status.containerStatuses[0].lastState.terminated.reason} {.status.containerStatuses[0].lastState.terminated.exitCode}{"\n"}'
