# The Service points at a port the container does not listen on: the endpoint exists,
# the DNAT happens, and the Pod's kernel answers the SYN with RST.
kubectl run client --image=busybox --restart=Never -- sleep 3600
kubectl run kubia --image=luksa/kubia --labels=app=kubia --port=8080
kubectl expose pod kubia --port=80 --target-port=80
sleep 30
kubectl get endpoints kubia
kubectl exec client -- wget -qO- kubia
kubectl exec client -- wget -qO- kubia:8080
kubectl exec kubia -- curl -s localhost:8080
