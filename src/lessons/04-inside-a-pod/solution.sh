# Shared UTS and network namespaces, a shared volume, then a shared PID namespace, then a port clash.
kubectl exec web -c writer -- hostname
kubectl exec web -c nginx -- hostname
kubectl exec web -c writer -- wget -qO- localhost
kubectl apply -f shared.yaml
kubectl wait --for=condition=Ready pod/shared --timeout=60s
kubectl exec shared -c shell -- ps
kubectl debug web --image=busybox:1.36 -c tools --target=nginx --profile=general -- sleep 3600
kubectl wait --for=jsonpath='{.status.ephemeralContainerStatuses[0].state.running}' pod/web --timeout=60s
kubectl exec web -c tools -- ps
kubectl apply -f clash.yaml
kubectl logs clash -c two
