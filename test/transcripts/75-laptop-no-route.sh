# The laptop is outside the cluster: it has a route to the nodes (192.168.56.0/24 on
# vboxnet0) but none to the Pod network, so connecting to a Pod IP fails at once with
# "Network is unreachable". A NodePort or the node's address is the way in.
kubectl run web --image=luksa/kubia --port=8080
kubectl wait --for=condition=Ready pod/web --timeout=60s
kubectl get pod web -o jsonpath='{.status.podIP}{"\n"}'
curl -s 10.244.2.2:8080
echo "exit $?"
curl 10.244.2.2:8080
ping -c 1 10.244.2.2
echo "exit $?"
ping -c 1 192.168.56.12
