# A Deployment makes a ReplicaSet named after its Pod template's hash, which makes the
# Pods. Delete one of them and the ReplicaSet makes another; scale the Deployment and
# the ReplicaSet follows; delete the Deployment and the garbage collector takes the rest.
kubectl create deployment web --image=nginx --replicas=2 --port=80
kubectl get deploy,rs,pods
sleep 15
kubectl get all
kubectl get deploy,rs -o wide
kubectl get pods -o name
kubectl delete pod web-678b8c8999-8wz59 --wait=false
sleep 1
kubectl get pods
kubectl scale deployment web --replicas=3
sleep 10
kubectl get deploy web
kubectl scale deployment web --replicas=1
sleep 40
kubectl get rs,pods
kubectl scale deployment web
kubectl create deployment web
kubectl create deployment --image=nginx
kubectl create deployment dry --image=busybox:1.36 --dry-run=client -o yaml -- sleep 3600
kubectl get events --field-selector involvedObject.kind=Deployment
kubectl delete deployment web
sleep 40
kubectl get all
# Objects of a named API group are named with it in the API server's errors.
kubectl get deployment nope
kubectl scale deployment nope --replicas=2
kubectl create deployment web --image=nginx
kubectl create deployment web --image=nginx
