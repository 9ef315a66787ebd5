# scenario: userspace.yaml
# kube-proxy's userspace mode: iptables REDIRECTs ClusterIP traffic to a port kube-proxy
# itself listens on; kube-proxy connects to a backend from the node — the backend sees
# the node's address, not the client's.
kubectl run kubia --image=luksa/kubia --labels=app=kubia --port=8080
kubectl expose pod kubia --port=80 --target-port=8080
kubectl run client --image=busybox --restart=Never -- sleep 3600
sleep 30
kubectl get pods -o wide
node-shell node-1 -- iptables-save -t nat
kubectl exec client -- wget -qO- kubia
kubectl logs kubia
