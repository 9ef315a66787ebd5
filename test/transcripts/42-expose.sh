# kubectl expose builds a Service from what it exposes: a Pod's labels become the
# selector, its container ports the ports; it refuses what it cannot introspect.
kubectl run web --image=nginx --labels=app=web --port=80
kubectl apply -f pod.yaml
kubectl run noport --image=nginx --labels=app=noport
kubectl expose pod web
kubectl expose pod web --name=web-np --type=NodePort --port=8080 --target-port=80
kubectl expose pod/web --name=web-dry --port=80 --dry-run=client -o yaml
kubectl expose pod kubia-manual --port=80
kubectl expose pod noport
kubectl expose pod web
kubectl expose pod nosuch --port=80
kubectl expose node control-plane --port=80
kubectl get svc
