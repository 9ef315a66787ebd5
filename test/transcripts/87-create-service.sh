# `kubectl create service` (alias svc): the generator's Service selects app=NAME and
# names each port "port-targetPort"; the API server allocates the ClusterIP and the
# NodePort; an ExternalName Service has neither. Bad port pairs are refused by kubectl.
kubectl create deployment web --image=nginx --replicas=2 --port=80
kubectl create service clusterip web --tcp=80:80
kubectl create svc nodeport web-np --tcp=8080:80 --node-port=30080
kubectl create service clusterip web-headless --clusterip=None
kubectl create service externalname docs --external-name kubernetes.io
kubectl create service loadbalancer lb --tcp=80:http --dry-run=client -o yaml
kubectl create service clusterip bad --tcp=abc
kubectl create service nodeport bad
kubectl create service externalname bad
kubectl create service foo
sleep 15
kubectl get svc -o wide
kubectl get endpoints web
kubectl describe svc web-np
