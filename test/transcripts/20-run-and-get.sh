# kubectl run makes a Pod from an image name alone: label run=NAME, one container named
# after the Pod. --dry-run=client shows the object it would send.
kubectl run web --image=nginx --port=80 --dry-run=client -o yaml
kubectl run web --image=nginx --port=80
kubectl get pods
sleep 5
kubectl get pods -o wide --show-labels
kubectl run web --image=nginx
echo $?
kubectl run
kubectl run api --labels=app=api,tier=backend --image=luksa/kubia --env=MODE=demo --restart=Never --dry-run=client -o yaml
