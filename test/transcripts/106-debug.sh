# kubectl debug: an ephemeral container added to a running Pod. The kubelet starts it in the
# Pod's sandbox, so it shares the Pod's network namespace (localhost is nginx) and, with
# --target, the nginx container's PID namespace (ps lists nginx).
kubectl run web --image=nginx:1.27
kubectl wait --for=condition=Ready pod/web --timeout=60s
kubectl debug -it web --image=busybox:1.36 --target=web
ps
wget -qO- localhost:80 | head -4
ip addr show eth0
hostname
exit
sleep 2
# It is not counted in READY and is never restarted; describe lists it apart. The Pod
# can still be labelled like any other.
kubectl get pod web
kubectl label pod web debugged=true
kubectl describe pod web
kubectl get pod web -o jsonpath='{.spec.ephemeralContainers[0]}'
echo
# A terminal's session is kept in the container's log, as kubectl warned.
kubectl logs web -c debugger-f5nrx
# Without --target it has a PID namespace of its own; a profile sets its securityContext.
kubectl debug -it web --image=busybox:1.36 -c shell --profile=general
ps
exit
kubectl get pod web -o jsonpath='{.spec.ephemeralContainers[1].securityContext}'
echo
# Without -i it is started and left running; with a command it runs that.
kubectl debug web --image=busybox:1.36 -c once --profile=general -- sh -c 'echo hello from the debugger'
sleep 3
kubectl logs web -c once
# What the API server refuses.
kubectl debug web --image=busybox:1.36 -c web --profile=general
kubectl debug web --image=busybox:1.36 --target=nope -q --profile=general
kubectl debug kube-apiserver-control-plane -n kube-system --image=busybox:1.36 --profile=general
# What kubectl refuses.
kubectl debug web
kubectl debug --image=busybox
kubectl debug web --image=busybox -t
kubectl debug web --image=busybox --profile=foo
kubectl debug web --image=BusyBox
kubectl debug web --image=busybox --env FOO
kubectl debug web --image=busybox --replace
kubectl debug nope --image=busybox --profile=general
kubectl debug svc/kubernetes --image=busybox --profile=general
# --copy-to: a copy with the debug container added, its labels dropped so no Service or
# controller picks it up; --share-processes shares one PID namespace, pause first.
kubectl debug web -it --image=busybox:1.36 --copy-to=web-debug --share-processes --profile=general
ps
exit
kubectl get pods --show-labels
# node/NAME: a Pod in the node's namespaces, its root filesystem at /host.
kubectl debug node/node-1 -it --image=busybox:1.36 --profile=general
hostname
exit
kubectl get pods -o wide
