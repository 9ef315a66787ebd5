# hostNetwork: true puts the Pod in the node's own network namespace: its IP is the
# node's, no veth is made, and its DNS follows dnsPolicy's fallback to the node's.
cat > host.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: on-host
spec:
  hostNetwork: true
  containers:
  - name: shell
    image: busybox
    command: ["sleep", "3600"]
YAML
kubectl apply -f host.yaml
sleep 20
kubectl get pods -o wide
kubectl exec on-host -- cat /etc/resolv.conf
kubectl get pods -n kube-system -o wide -l k8s-app=kube-proxy
