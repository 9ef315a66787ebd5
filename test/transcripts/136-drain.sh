# kubectl drain --ignore-daemonsets --force: the node is cordoned, the DaemonSet Pods stay,
# and every other Pod is evicted through the eviction API and waited for. The Deployment's
# ReplicaSet makes a replacement, which the scheduler puts on another node; the bare Pod
# is simply gone.
# node-2 is cordoned for a moment so that web and its replicas start on node-1.
kubectl cordon node-2
kubectl create deployment web --image=nginx --replicas=2
kubectl run bare --image=nginx
kubectl wait --for=condition=Available deployment/web --timeout=60s
kubectl wait --for=condition=Ready pod/bare --timeout=60s
kubectl uncordon node-2
kubectl get pods -o wide
kubectl drain node-1 --ignore-daemonsets --force
kubectl get pods -o wide
kubectl wait --for=condition=Available deployment/web --timeout=60s
kubectl get pods -o wide
kubectl get nodes
kubectl get events --field-selector reason=Killing -o custom-columns=OBJECT:.involvedObject.name,MESSAGE:.message
# Drained, the node keeps only its DaemonSet Pods; a second drain has nothing to evict.
kubectl get pods -A -o wide --field-selector spec.nodeName=node-1
kubectl drain node-1 --ignore-daemonsets
kubectl uncordon node-1
