# kubectl describe on a Deployment shows its strategy, Pod template and the ReplicaSet
# running that template; on the ReplicaSet, who controls it and the Pods it created.
kubectl create deployment web --image=nginx --replicas=2
sleep 20
kubectl describe deployment web
kubectl describe rs
