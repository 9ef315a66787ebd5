# kubectl logs beyond one named Pod: -l reads every matching Pod (the last 10 lines of
# each unless --tail says otherwise); deploy/NAME reads the Pod kubectl's ByLogging
# order puts first, and says which when there was a choice.
kubectl create deployment web --image=nginx --replicas=2
kubectl create deployment empty --image=nginx --replicas=0
sleep 10
kubectl logs -l app=web --tail=1 --prefix
kubectl logs -l app=web | wc -l
kubectl logs deploy/web --tail=2
kubectl logs -l app=none
kubectl logs deploy/nope
kubectl logs deploy/empty
kubectl logs web -l app=web
