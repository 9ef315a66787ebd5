# kubia's node process ignores SIGTERM, so deleting it takes the whole 30 s grace period:
# the Pod shows Terminating until the kubelet kills it.
kubectl apply -f pod.yaml
sleep 20
kubectl delete pod kubia-manual --wait=false
kubectl get pods
sleep 15
kubectl get pods
kubectl describe pod kubia-manual
sleep 20
kubectl get pods
kubectl apply -f pod.yaml
sleep 20
kubectl delete -f pod.yaml
kubectl get pods
