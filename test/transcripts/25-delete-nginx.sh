# nginx stops at once on SIGTERM, so kubectl delete returns as soon as the kubelet has
# stopped it. --now asks for a 1 s grace period; --force removes the object at once.
kubectl run web --image=nginx
kubectl run api --image=nginx
kubectl run db --image=nginx
sleep 10
kubectl delete pod web
kubectl get pods
kubectl delete pod api --now
kubectl delete pod db --force
kubectl get pods
kubectl delete pod db --force --grace-period=5
kubectl delete pod db --now --grace-period=3
