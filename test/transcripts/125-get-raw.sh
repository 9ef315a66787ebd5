# kubectl get --raw GETs one path of the API server and prints the answer as the server
# wrote it: the REST API every other kubectl command is made of. An object's JSON starts
# with kind, apiVersion and metadata as Go writes them; a list's items name no kind.
# Discovery: kubectl api-versions, and /apis listing the groups this API server serves.
kubectl run web --image=nginx:1.27
kubectl get --raw /api/v1/namespaces/default/pods/web | head -c 220
echo
kubectl get --raw '/api/v1/namespaces/default/pods?labelSelector=run%3Dweb' | head -c 120
echo
kubectl get --raw /apis/apps/v1/namespaces/default/deployments
kubectl get --raw /api/v1/namespaces/default
kubectl get --raw /api
kubectl get --raw /version
echo
kubectl get --raw /healthz
echo
# What the server and kubectl refuse.
kubectl get --raw /api/v1/namespaces/default/pods/nope
kubectl get --raw /api/v1/foos
kubectl get --raw api/v1
kubectl get pods --raw /api
kubectl get --raw /api -o yaml
kubectl get --raw /api -w
kubectl api-versions
kubectl get --raw /apis
kubectl get --raw /apis/apps
kubectl get --raw /apis/policy
