# kubectl cordon marks a node unschedulable: the Pods already on it stay, new ones go
# elsewhere. kubectl get nodes says SchedulingDisabled, and the node lifecycle controller
# mirrors spec.unschedulable as the node.kubernetes.io/unschedulable:NoSchedule taint.
kubectl create deployment web --image=nginx --replicas=2
kubectl wait --for=condition=Available deployment/web --timeout=60s
kubectl get pods -o wide
kubectl cordon node-1
kubectl cordon node-1
kubectl get nodes
kubectl describe node node-1 | grep -E '^(Taints|Unschedulable)'
kubectl scale deployment web --replicas=4
kubectl wait --for=jsonpath='{.status.readyReplicas}'=4 deployment/web --timeout=60s
kubectl get pods -o wide
# With both workers cordoned a new Pod waits.
kubectl cordon node-2
kubectl run lonely --image=nginx
sleep 2
kubectl describe pod lonely | grep -A 4 '^Events'
# uncordon clears it; the waiting Pod is scheduled.
kubectl uncordon node-1 node-2
kubectl uncordon node-1
kubectl wait --for=condition=Ready pod/lonely --timeout=60s
kubectl get nodes
kubectl describe node node-1 | grep -E '^(Taints|Unschedulable)'
# -l picks nodes by label; a dry run changes nothing; and what kubectl refuses.
kubectl cordon -l kubernetes.io/hostname=node-2 --dry-run=client
kubectl cordon -l kubernetes.io/hostname=node-2 --dry-run=server
kubectl get node node-2
kubectl cordon
kubectl cordon nope
kubectl cordon node-1 -l kubernetes.io/os=linux
