# type LoadBalancer: a NodePort plus an external address. On bare metal Pod Lab plays
# the cloud's part with an address pool on the lab network; until the load balancer
# is ensured the EXTERNAL-IP is <pending>.
kubectl run kubia --image=luksa/kubia --labels=app=kubia --port=8080
kubectl expose pod kubia --name=kubia-lb --type=LoadBalancer --port=80 --target-port=8080
kubectl get svc kubia-lb
sleep 5
kubectl get svc kubia-lb
sleep 30
kubectl describe svc kubia-lb
curl 192.168.56.240
