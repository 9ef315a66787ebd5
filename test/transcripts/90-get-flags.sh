# kubectl get's other everyday flags: -f reads the objects a manifest names, -L adds a
# column per label (headed by the key's last segment), --ignore-not-found keeps quiet
# about names that do not exist.
kubectl apply -f pod.yaml
kubectl run web --image=nginx --labels=app=web,tier=front,app.kubernetes.io/name=shop
kubectl get -f pod.yaml
kubectl get -f pod.yaml -o name
kubectl get pods -f pod.yaml
kubectl get pods -L app,tier -L app.kubernetes.io/name
# --server-print=false: no table from the API server, so only kubectl's own NAME and AGE.
kubectl get pods,nodes --server-print=false
kubectl get pod nope web --ignore-not-found
kubectl get pod nope
kubectl delete -f pod.yaml
kubectl get -f pod.yaml --ignore-not-found
kubectl get -f pod.yaml
