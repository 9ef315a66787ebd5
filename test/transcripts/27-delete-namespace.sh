# Deleting a namespace: it turns Terminating, the namespace controller deletes what is in
# it (Pods get their grace period), then removes its finalizer and the namespace goes.
cat > dev.yaml <<'YAML'
apiVersion: v1
kind: Namespace
metadata:
  name: dev
---
apiVersion: v1
kind: Pod
metadata:
  name: kubia
  namespace: dev
spec:
  containers:
  - name: kubia
    image: luksa/kubia
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: dev
spec:
  containers:
  - name: nginx
    image: nginx
YAML
kubectl apply -f dev.yaml
sleep 30
kubectl get pods -n dev
kubectl delete namespace dev --wait=false
kubectl get ns
sleep 8
kubectl get pods -n dev
kubectl describe ns dev
kubectl run late --image=nginx -n dev
sleep 40
kubectl get ns
kubectl get pods -n dev
kubectl apply -f dev.yaml
sleep 20
kubectl delete ns dev
kubectl get ns dev
