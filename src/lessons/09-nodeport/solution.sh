# A NodePort Service, reached from the laptop through both workers, the masqueraded
# source in kubia's log, a nodePort out of range, then externalTrafficPolicy: Local.
kubectl apply -f kubia-nodeport.yaml
sleep 2
curl 192.168.56.11:30123
curl 192.168.56.12:30123
kubectl logs kubia
kubectl apply -f kubia-nodeport-low.yaml || true
kubectl apply -f kubia-nodeport-local.yaml
sleep 2
curl 192.168.56.12:30123
kubectl logs kubia --tail=1
