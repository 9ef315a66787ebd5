kubectl get pods -o wide
kubectl describe pod big
kubectl apply -f pod.yaml
kubectl wait --for=condition=Ready pod/kubia-manual --timeout=120s
kubectl get pods
