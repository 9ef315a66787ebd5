# Deleting a Pod tears its network down: the veth pair goes, host-local IPAM frees the
# address, and the next Pod on the node gets the next address, not the freed one.
kubectl run one --image=busybox --restart=Never -- sleep 3600
kubectl run two --image=busybox --restart=Never -- sleep 3600
sleep 20
kubectl get pods -o wide
node-shell node-2 -- ip link
kubectl delete pod one --grace-period=1
node-shell node-2 -- ip link
kubectl run three --image=busybox --restart=Never -- sleep 3600
kubectl run four --image=busybox --restart=Never -- sleep 3600
sleep 20
kubectl get pods -o wide
