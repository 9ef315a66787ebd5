# delete by several names, by label and --all; a missing name is an error, an empty
# selection is not.
kubectl run a --image=nginx --labels=app=demo
kubectl run b --image=nginx --labels=app=demo
kubectl run c --image=nginx --labels=app=other
kubectl run d --image=nginx
sleep 10
kubectl delete pod a nope b
echo $?
kubectl get pods --show-labels
kubectl delete pods -l app=demo
kubectl delete pods -l app=other
kubectl get pods
kubectl delete pods -l app=nothing
kubectl delete pods
kubectl delete pods --all
kubectl get pods
kubectl delete
kubectl delete pods --all -l app=demo
