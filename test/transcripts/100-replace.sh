# kubectl replace: PUT the whole object from the file. A running Pod's spec changes in place
# only in a few fields, so a file that changes its port is refused, with the difference the
# API server found (the file also lacks the node and the service-account volume the cluster
# added). The object as the cluster has it replaces cleanly. --force deletes the Pod, polls
# until it is gone, and creates it again from the file.
kubectl run web --image=nginx:1.27 --port=80
kubectl wait --for=condition=Ready pod/web --timeout=120s
kubectl get pod web -o yaml > live.yaml
cat > web.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 8080
YAML
kubectl replace -f web.yaml
echo $?
kubectl replace -f live.yaml
kubectl replace --force -f web.yaml
kubectl get pods
kubectl get pod web -o jsonpath='{.spec.containers[0].ports[0].containerPort}{"\n"}'
kubectl replace -f web.yaml --dry-run=client
kubectl replace --force --grace-period=0 -f web.yaml -o name
kubectl replace --grace-period=5 -f web.yaml
kubectl replace --timeout=10s -f web.yaml
kubectl replace
kubectl delete pod web --wait=false
kubectl replace --force -f web.yaml
cat <<'YAML' | kubectl replace -f -
apiVersion: v1
kind: Pod
metadata:
  name: ghost
spec:
  containers:
  - name: app
    image: nginx
YAML
