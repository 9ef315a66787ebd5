# kubectl port-forward (Kubernetes in Action ch. 3): in the background (&) it listens on the
# laptop's loopback, IPv4 and IPv6, and carries each connection to the Pod: "Handling
# connection for 8888" is printed by the background job as curl connects. `:REMOTE` lets the
# kernel pick a local port; svc/ and deployment/ forward to one of their Pods, a Service's
# port mapped to its targetPort. kill ends a forward; its port is free again.
kubectl run kubia --image=luksa/kubia --port=8080
kubectl wait --for=condition=Ready pod/kubia
kubectl port-forward kubia 8888:8080 &
sleep 1
curl -s localhost:8888
curl -s http://127.0.0.1:8888/
kubectl port-forward pod/kubia :8080 &
sleep 1
jobs
kill %1 %2
curl -s localhost:8888; echo "curl exit $?"
kubectl create deployment web --image=nginx --replicas=2
kubectl expose deployment web --port=8080 --target-port=80
kubectl rollout status deployment/web
kubectl port-forward svc/web 9090:8080 &
kubectl port-forward deployment/web 8081:80 &
sleep 1
curl -s localhost:9090 | grep title
curl -s localhost:8081 | grep title
kill %%
kill %1
