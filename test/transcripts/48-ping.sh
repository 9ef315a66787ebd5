# ping shows the path's hops in its TTL: 64 from a Pod on the same node (bridged),
# 62 across nodes (routed twice, through the VXLAN tunnel). A ClusterIP is not a host:
# in iptables mode nothing answers it.
kubectl run a --image=busybox --restart=Never -- sleep 3600
kubectl run b --image=busybox --restart=Never -- sleep 3600
kubectl run c --image=busybox --restart=Never -- sleep 3600
sleep 20
kubectl get pods -o wide
kubectl exec a -- ping -c 2 10.244.2.3
kubectl exec a -- ping -c 2 10.244.1.2
kubectl exec a -- ping -c 1 10.96.0.1
node-shell node-1 -- ping -c 1 10.244.2.3
