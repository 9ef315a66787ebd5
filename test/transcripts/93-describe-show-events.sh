# kubectl describe --show-events=false: no events are fetched and no Events section is printed.
kubectl apply -f pod.yaml
sleep 5
kubectl describe pod kubia-manual --show-events=false
kubectl describe pod kubia-manual | tail -4
