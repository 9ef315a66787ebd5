# A container that exits 1 is restarted with a growing back-off: Error, then
# CrashLoopBackOff, RESTARTS counting up; logs --previous shows the last run's output.
cat > crash.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", "echo boom; exit 1"]
YAML
kubectl apply -f crash.yaml
sleep 5
kubectl get pods
sleep 10
kubectl get pods
sleep 30
kubectl get pods
sleep 60
kubectl get pods
kubectl logs crash
kubectl logs crash --previous
kubectl describe pod crash
