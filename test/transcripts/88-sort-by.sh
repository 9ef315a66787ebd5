# `kubectl get --sort-by`: events by time (kubectl itself never sorts them), Pods by
# name in natural order and by IP; a field no object has is refused outside a table.
kubectl create deployment web --image=nginx --replicas=3
kubectl run bad --image=nginx:nope
sleep 30
kubectl get events --sort-by=.lastTimestamp
kubectl get pods --sort-by=.metadata.name
kubectl get pods -o wide --sort-by='{.status.podIP}'
kubectl get pods -o name --sort-by=.spec.nodeName
kubectl get pods -o name --sort-by=.spec.nothing
kubectl get pods --sort-by=.metadata.labels
