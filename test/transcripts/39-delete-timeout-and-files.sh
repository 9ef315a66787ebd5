# delete waits for the object to be gone; --timeout bounds the wait (the deletion itself
# goes on). delete -f names the file in its errors.
kubectl apply -f pod.yaml
sleep 20
kubectl delete pod kubia-manual --timeout=5s
echo $?
kubectl get pods
kubectl delete -f pod.yaml
kubectl delete -f pod.yaml --wait=false
sleep 30
kubectl delete -f pod.yaml
kubectl delete -f pod.yaml --ignore-not-found
echo $?
kubectl delete pod kubia-manual -o name
kubectl delete namespace default --dry-run=client
