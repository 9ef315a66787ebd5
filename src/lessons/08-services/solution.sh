# A ClusterIP Service for the kubia Pods, called by name until two Pods have answered,
# its DNS name and NAT rules, then the two broken Services.
kubectl apply -f kubia-svc.yaml
sleep 2
kubectl exec client -- curl -s kubia
kubectl exec client -- curl -s kubia
kubectl exec client -- curl -s kubia
kubectl exec client -- curl -s kubia
kubectl exec client -- curl -s kubia
kubectl exec client -- nslookup kubia
node-shell node-1 -- iptables-save -t nat
kubectl apply -f kubia-typo.yaml -f kubia-wrongport.yaml
sleep 2
kubectl exec client -- curl -sS kubia-typo || true
kubectl exec client -- curl -sS kubia-wrongport || true
