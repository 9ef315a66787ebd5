# Service environment variables (the docs' "Connecting Applications with Services"): a Pod
# made before the Service has only the kubernetes Service's variables; after the
# Deployment's Pods are made again, each has MY_NGINX_SERVICE_HOST and its port.
kubectl create deployment my-nginx --image=nginx --replicas=2
kubectl rollout status deployment/my-nginx
kubectl expose deployment/my-nginx --port=80
kubectl exec deploy/my-nginx -- printenv | grep SERVICE
kubectl scale deployment my-nginx --replicas=0
kubectl wait --for=delete pod -l app=my-nginx --timeout=60s
kubectl scale deployment my-nginx --replicas=2
kubectl rollout status deployment/my-nginx
kubectl exec deploy/my-nginx -- printenv | grep SERVICE
