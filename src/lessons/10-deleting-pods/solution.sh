kubectl delete pod web-1
kubectl delete pod kubia-manual
kubectl delete pod web-2 web-3
kubectl delete pods -l app=api
kubectl delete namespace dev
