# kubectl run -i (or --attach): no "pod/... created"; kubectl waits for the Pod to run,
# prints what its container writes, and with --rm deletes the Pod afterwards.
kubectl run web --image=nginx:1.27 --port=80 --expose
kubectl wait --for=condition=Ready pod/web --timeout=60s
kubectl run lookup --image=busybox:1.36 --rm -i --restart=Never -- nslookup web
kubectl get pods
# With --restart=Never kubectl waits for the Pod to finish and exits as its container did.
kubectl run failing --image=busybox:1.36 --rm -it --restart=Never -- sh -c "echo about to fail; exit 3"
echo "exit status $?"
# Without --rm the finished Pod stays; --attach alone attaches without stdin.
kubectl run counter --image=busybox:1.36 --attach --restart=Never -- sh -c "echo one; sleep 2; echo two"
kubectl get pod counter
# A Pod that never runs: the wait gives up after --pod-running-timeout, and --rm still cleans up.
kubectl run nothere --image=nosuchimage:0.1 --rm -i --restart=Never --pod-running-timeout=20s -- echo hi
kubectl get pods
# A bad mix of flags is refused before anything is created (97 has the shells of run -it and exec -it).
kubectl run tty -t --image=busybox:1.36 -- date
kubectl run later --rm --image=busybox:1.36 -- date
kubectl run dry -i --dry-run=client --image=busybox:1.36 -- date
kubectl get pods
