# A background job's kubectl is a process of its own that exits with its job: once it is
# killed, the port it forwarded is free at once (the laptop's kernel closes a dead process's
# sockets), a connection to it is refused, and the next background port-forward can take it.
kubectl run kubia --image=luksa/kubia --port=8080
kubectl wait --for=condition=Ready pod/kubia
kubectl port-forward kubia 8888:8080 &
sleep 1
kill %1
curl -s localhost:8888; echo "curl exit $?"
kubectl port-forward kubia 8888:8080 &
sleep 1
curl -s localhost:8888
kill %%
