# scenario: ipvs.yaml
# kube-proxy in ipvs mode: ClusterIPs are addresses of the dummy kube-ipvs0, IPVS
# virtual servers pick the endpoints round-robin, iptables keeps a few ipset rules.
# A ClusterIP is now an address the node owns — so it even answers ping.
kubectl run kubia-1 --image=luksa/kubia --labels=app=kubia --port=8080
kubectl run kubia-2 --image=luksa/kubia --labels=app=kubia --port=8080
kubectl expose pod kubia-1 --name=kubia --port=80 --target-port=8080 --selector=app=kubia
kubectl run client --image=busybox --restart=Never -- sleep 3600
sleep 30
kubectl get svc kubia
kubectl get cm kube-proxy -n kube-system -o yaml
node-shell node-1 -- ip addr
node-shell node-1 -- ipvsadm -Ln
node-shell node-1 -- iptables-save -t nat
kubectl exec client -- wget -qO- kubia
kubectl exec client -- wget -qO- kubia
kubectl exec client -- wget -qO- kubia
kubectl exec client -- ping -c 1 10.96.0.10
