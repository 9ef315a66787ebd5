# The nine steps of seed 000, seen from the terminal: the Pod is stored, scheduled,
# its image pulled, and it runs.
kubectl get nodes
kubectl apply -f pod.yaml
kubectl get pods
sleep 3
kubectl get pods -o wide
sleep 30
kubectl get pods
kubectl apply -f pod.yaml
