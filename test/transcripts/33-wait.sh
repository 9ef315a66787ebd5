# kubectl wait blocks until a condition holds, or fails after --timeout.
kubectl apply -f pod.yaml
kubectl wait --for=condition=Ready pod/kubia-manual --timeout=60s
kubectl get pods
kubectl run slow --image=nginxx
kubectl wait --for=condition=Ready pod/slow --timeout=10s
echo $?
kubectl wait --for=jsonpath='{.status.phase}'=Running pod/kubia-manual
kubectl wait --for=condition=ready pods --all --timeout=2s
kubectl delete pod kubia-manual --wait=false
kubectl wait --for=delete pod/kubia-manual --timeout=5s
kubectl wait --for=delete pod/kubia-manual --timeout=60s
kubectl wait --for=condition=Ready pod/nope
kubectl wait --for=available pod/slow
kubectl wait pod/slow
