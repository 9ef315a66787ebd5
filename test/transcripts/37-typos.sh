# Typos: kubectl suggests the verb it knows; the API server has no such resource; bash
# has no such command.
kubectl gett pods
echo $?
kubectl get podz
echo $?
kubectl desribe pod web
kubectl delete pdo web
kubectl logz web
kubctl get pods
echo $?
