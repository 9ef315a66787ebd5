# An address in the Pod network that nobody holds (a deleted Pod's, say): the last hop
# ARPs for it three times, a second apart, and gives up. A Pod on the same node hears
# "No route to host" from its own kernel; from another node, the node that ARPed sends
# ICMP host unreachable back. Either way after about 3 s, not the 127 s of a lost SYN.
kubectl run client --image=busybox --restart=Never -- sleep 3600
kubectl run c2 --image=curlimages/curl --restart=Never -- sleep 3600
kubectl wait --for=condition=Ready pod/client pod/c2 --timeout=60s
kubectl get pods -o wide
kubectl exec client -- wget -qO- 10.244.2.99
kubectl exec c2 -- curl -sS 10.244.2.99
