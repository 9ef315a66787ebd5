# A Pod is one network host: its eth0 is one end of a veth pair, the other end hangs
# on the node's cni0 bridge. node-shell runs a command on the node itself.
node-shell node-2 -- ip addr
kubectl run client --image=busybox --restart=Never -- sleep 3600
sleep 20
kubectl get pods -o wide
kubectl exec client -- ip addr
kubectl exec client -- ip route
kubectl exec client -- hostname
kubectl exec client -- cat /etc/hosts
kubectl exec client -- ping -c 1 10.244.2.1
node-shell node-2 -- ip addr
node-shell node-2 -- ip route
node-shell node-2 -- ip neigh
node-shell node-2 -- bridge fdb
node-shell node-2 -- cat /run/flannel/subnet.env
node-shell node-2 -- cat /etc/cni/net.d/10-flannel.conflist
node-shell node-9 -- ip addr
node-shell node-1
