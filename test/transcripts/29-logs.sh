# kubectl logs reads a container's output through the API server and the kubelet.
kubectl apply -f pod.yaml
kubectl run web --image=nginx
kubectl logs kubia-manual
sleep 30
kubectl logs kubia-manual
kubectl logs pod/web --tail=3
kubectl logs web -c nginx --tail=1
kubectl logs web -c sidecar
kubectl logs web --previous
kubectl logs nope
kubectl logs
kubectl logs deployment/web
