# kubectl drain waits for each evicted Pod to be gone. kubia's node server ignores SIGTERM,
# so its Pods take the whole 30-second grace period: --timeout gives up first and says
# which Pods are still there; run again, drain waits them out.
kubectl cordon node-2
kubectl create deployment kubia --image=luksa/kubia --replicas=2
kubectl wait --for=condition=Available deployment/kubia --timeout=60s
kubectl uncordon node-2
kubectl drain node-1 --ignore-daemonsets --timeout=5s
kubectl get pods -o wide
kubectl drain node-1 --ignore-daemonsets
kubectl get pods -o wide
kubectl uncordon node-1
# A server dry run sends the evictions with dryRun=All: nothing is evicted.
kubectl drain node-2 --ignore-daemonsets --dry-run=server
kubectl get pods -o wide
# --grace-period gives each Pod less time than its own 30 seconds; --disable-eviction
# deletes the Pods instead of evicting them.
kubectl drain node-2 --ignore-daemonsets --grace-period=3
kubectl uncordon node-2
kubectl wait --for=condition=Available deployment/kubia --timeout=60s
kubectl get pods -o wide
kubectl drain node-1 --ignore-daemonsets --disable-eviction --grace-period=2
kubectl get pods -o wide
kubectl get nodes
