# kubectl top reads the Metrics API, which metrics-server serves; a kubeadm cluster has
# none installed, so kubectl says the API is not there, for Pods and Nodes alike.
kubectl top
kubectl top pods
kubectl top node
kubectl top pod -A --containers
kubectl top deployments
