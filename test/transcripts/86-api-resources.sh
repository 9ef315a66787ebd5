# `kubectl api-resources`: what the API server serves, by group then name; the short
# names `kubectl get` accepts; scope, verbs and categories (what `get all` covers).
kubectl api-resources
kubectl api-resources --namespaced=false -o wide
kubectl api-resources --api-group=apps -o name
kubectl api-resources --categories=all --sort-by=kind --no-headers
kubectl api-resources --sort-by=age
kubectl get cs
