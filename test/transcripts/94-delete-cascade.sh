# kubectl delete --cascade: what happens to what an object owns.
kubectl create deployment web --image=nginx --replicas=2
kubectl wait --for=condition=Available deployment/web --timeout=60s
# orphan: the Deployment goes, its ReplicaSet and Pods live on without an owner.
kubectl delete deployment web --cascade=orphan
kubectl get deploy,rs,pods
kubectl get rs -o jsonpath='{.items[*].metadata.ownerReferences}'
echo
# foreground: the ReplicaSet stays, marked for deletion, until its Pods are gone.
kubectl delete rs --all --cascade=foreground --wait=false
kubectl get rs -o jsonpath='{.items[0].metadata.finalizers} {.items[0].metadata.deletionTimestamp}'
echo
kubectl get rs,pods
sleep 35
kubectl get rs,pods
# background (the default): the owner goes at once, its dependents after it.
kubectl create deployment api --image=nginx
kubectl wait --for=condition=Available deployment/api --timeout=60s
kubectl delete deployment api --wait=false
kubectl get deploy,rs
# The old boolean spellings still work, with kubectl's warning; anything else is refused.
kubectl delete pods --all --cascade=false
kubectl delete deployment api --cascade=sideways
