# describe pod: the object, its containers and conditions, and the events that got it
# running — scheduled, pulled, created, started.
kubectl apply -f pod.yaml
sleep 30
kubectl describe pod kubia-manual
kubectl describe pod kubia
kubectl describe pod nope
