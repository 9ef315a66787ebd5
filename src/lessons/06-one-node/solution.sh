# A second Pod on node-1, both ends of its veth pair, a request over cni0, the bridge's
# FDB, then web re-created with a new address.
kubectl apply -f client.yaml
kubectl wait --for=condition=Ready pod/client --timeout=60s
kubectl exec client -- ip addr
node-shell node-1 -- ip link
kubectl exec client -- wget -qO- 10.244.1.2
node-shell node-1 -- bridge fdb
kubectl delete pod web
kubectl apply -f web.yaml
kubectl wait --for=condition=Ready pod/web --timeout=60s
