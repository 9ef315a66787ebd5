# describe node: labels, capacity, and the Pods it runs with their requests.
kubectl run web --image=nginx
kubectl apply -f pod.yaml
sleep 20
kubectl get pods -o wide
kubectl describe node node-2
kubectl describe nodes nope
