# Which Kubernetes this is, and where its control plane answers.
kubectl version
kubectl version --client
kubectl version -o json
kubectl cluster-info
kubectl version -o table
