# Init containers run one after the other, each to completion, before the app
# container starts: Init:0/2, Init:1/2, PodInitializing, Running.
cat > init.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: myapp
spec:
  initContainers:
  - name: init-db
    image: busybox
    command: ["sh", "-c", "echo waiting for db; sleep 4"]
  - name: init-cache
    image: busybox
    command: ["sh", "-c", "echo warming cache; sleep 4"]
  containers:
  - name: app
    image: nginx
YAML
kubectl apply -f init.yaml
sleep 2
kubectl get pods
sleep 4
kubectl get pods
sleep 4
kubectl get pods
sleep 5
kubectl get pods
kubectl logs myapp
kubectl logs myapp -c init-db
kubectl describe pod myapp
