# CoreDNS answers for cluster.local at 10.96.0.10; a Pod's resolv.conf (ndots:5 and the
# search list) turns a short name into a Service's full name.
kubectl run kubia --image=luksa/kubia --labels=app=kubia --port=8080
kubectl expose pod kubia --port=80 --target-port=8080
kubectl run client --image=busybox --restart=Never -- sleep 3600
kubectl run old --image=busybox:1.28 --restart=Never -- sleep 3600
sleep 30
kubectl exec client -- cat /etc/resolv.conf
kubectl exec client -- nslookup kubia
kubectl exec client -- nslookup kubia.default
kubectl exec client -- nslookup kubia.default.svc.cluster.local
kubectl exec client -- nslookup kube-dns.kube-system
kubectl exec client -- nslookup 10-244-1-2.default.pod.cluster.local
kubectl exec client -- nslookup nosuch
kubectl exec old -- nslookup kubia
kubectl exec client -- wget -qO- kubia.default.svc.cluster.local
