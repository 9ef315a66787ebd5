# The nat table only sees a connection's first packet; conntrack remembers the DNAT and
# rewrites every reply. The node that did the NAT holds the entry.
kubectl run kubia --image=luksa/kubia --labels=app=kubia --port=8080
kubectl expose pod kubia --port=80 --target-port=8080
kubectl run client --image=busybox --restart=Never -- sleep 3600
sleep 30
kubectl get pods -o wide
kubectl get svc kubia
kubectl exec client -- wget -qO- kubia
node-shell node-1 -- conntrack -L
node-shell node-2 -- conntrack -L
