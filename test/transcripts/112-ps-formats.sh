# ps in a Debian image (procps): the default columns, BSD `ps aux` and `ps -ef`. PID 1 is
# the container's process, started by the runtime (parent 0); what exec starts has parent
# 0 too, and a command a shell runs has the shell for its parent.
kubectl run kubia --image=luksa/kubia --port=8080
kubectl wait --for=condition=Ready pod/kubia --timeout=60s
kubectl exec kubia -- ps
kubectl exec kubia -- ps aux
kubectl exec kubia -- sh -c 'ps -ef'
