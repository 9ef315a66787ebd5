# kubectl get -o custom-columns: headers as written, one row per object, <none> where the
# path finds nothing (a Pod not scheduled has no node and no IP), several values joined by
# commas, maps and lists printed the way Go's fmt does.
kubectl run kubia --image=luksa/kubia --port=8080
cat > pending.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: pending
spec:
  nodeSelector:
    disk: ssd
  containers:
  - name: web
    image: nginx
  - name: sidecar
    image: busybox
    command: ["sleep", "3600"]
YAML
kubectl apply -f pending.yaml
sleep 15
kubectl get pods -o custom-columns=NAME:.metadata.name,IP:.status.podIP
kubectl get pods -o custom-columns='NAME:metadata.name,IMAGES:{.spec.containers[*].image},NODE:.spec.nodeName,LABELS:.metadata.labels'
kubectl get pod kubia -o custom-columns=NAME:.metadata.name,PORTS:.spec.containers[0].ports --no-headers
kubectl get pods,svc -o custom-columns=KIND:.kind,NAME:.metadata.name
kubectl get pods -o custom-columns=NAME
kubectl get pods -o custom-columns
kubectl get pods -n nothing -o custom-columns=NAME:.metadata.name
