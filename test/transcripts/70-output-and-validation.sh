# kubectl's other outputs and the API server's field validation modes.
kubectl apply -f pod.yaml
kubectl wait --for=condition=Ready pod/kubia-manual --timeout=60s
kubectl get pod kubia-manual -o jsonpath='{.status.podIP}{"\n"}'
kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{" on "}{.spec.nodeName}{"\n"}{end}'
kubectl get events --field-selector reason=Scheduled
cat <<'EOF2' > typo.yaml
apiVersion: v1
kind: Pod
metadata:
  name: typo
spec:
  containers:
  - name: web
    image: nginx:1.27
    imagee: nginx
EOF2
kubectl apply -f typo.yaml
echo $?
kubectl apply -f typo.yaml --validate=warn
kubectl get pod typo -o jsonpath='{.spec.containers[0].image}{"\n"}'
kubectl apply -f typo.yaml --validate=maybe
# Apply's pruning needs a selector or --all first; server-side apply and pruning itself are
# not simulated, and say so rather than quietly applying client-side.
kubectl apply --prune -f pod.yaml
kubectl apply --prune -l app=kubia -f pod.yaml
kubectl apply --server-side -f pod.yaml
echo $?
