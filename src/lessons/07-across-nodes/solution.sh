# A Pod on node-2, node-2's route and FDB entry for node-1's range, a request through
# the VXLAN tunnel, and the Pod network seen from outside the cluster.
kubectl apply -f remote.yaml
kubectl wait --for=condition=Ready pod/remote --timeout=60s
node-shell node-2 -- ip route
node-shell node-2 -- bridge fdb
kubectl exec remote -- wget -qO- 10.244.1.2
curl -m 5 10.244.1.2 || true
