# kubectl port-forward's refusals, in kubectl's words: no such Pod, a Pod not Running, a
# local port taken (by another port-forward) or below 1024 (the learner is not root), a Service port it does not have, ports it
# cannot parse. Nothing listening on the remote port: kubectl logs the runtime's error from
# the stream (containerd dialled localhost:8081 inside the Pod and was refused), curl gets an
# empty reply, and port-forward ends with "lost connection to pod" (Exit 1). Deleting the
# Pod ends a forward the same way.
kubectl port-forward nope 8080
kubectl port-forward svc/nope 8080
kubectl run stuck --image=nginx --overrides='{"spec":{"nodeName":"node-9"}}'
kubectl port-forward stuck 8080:80
kubectl port-forward stuck
kubectl run kubia --image=luksa/kubia --port=8080
kubectl wait --for=condition=Ready pod/kubia
kubectl port-forward kubia 8080:http
kubectl port-forward kubia 70000:8080
kubectl port-forward kubia 8888:0
kubectl port-forward kubia 8888:
kubectl port-forward kubia 80:8080
kubectl expose pod kubia --port=80 --target-port=8080
kubectl port-forward svc/kubia 8888:81
kubectl port-forward svc/kubia 8888:http
kubectl port-forward kubia 8888:8080 &
sleep 1
kubectl port-forward kubia 8888:8080
kubectl port-forward kubia 8888:8081 &
sleep 1
curl localhost:8888
kill %1
kubectl port-forward kubia 8888:8081 &
sleep 1
curl localhost:8888; echo "curl exit $?"
sleep 1
kubectl port-forward kubia 8888:8080 &
sleep 1
kubectl delete pod kubia
