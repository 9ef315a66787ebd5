# `kubectl create namespace` (alias ns): the API server labels the new Namespace with its
# own name; a second create is AlreadyExists, a bad name is rejected as the API server
# rejects it, and a Pod created into it shows up there and nowhere else.
kubectl create namespace dev-team
kubectl get ns dev-team --show-labels
kubectl create ns dev-team
kubectl create ns Dev_Team
kubectl create ns
kubectl create ns staging --dry-run=client -o yaml
kubectl get ns staging
kubectl run web --image=nginx -n dev-team
sleep 10
kubectl get pods -n dev-team
kubectl get pods
kubectl create quota pods --hard=pods=2
