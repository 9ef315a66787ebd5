# An init container that exits 1: Init:Error, then Init:CrashLoopBackOff; the app
# container never starts.
cat > init-fail.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: blocked
spec:
  initContainers:
  - name: check
    image: busybox
    command: ["sh", "-c", "echo dependency missing; exit 1"]
  containers:
  - name: app
    image: nginx
YAML
kubectl apply -f init-fail.yaml
sleep 1
kubectl get pods
sleep 3
kubectl get pods
sleep 20
kubectl get pods
kubectl logs blocked -c check
kubectl logs blocked
kubectl describe pod blocked
