# kubectl attach: to the main process of a running container. A shell started with
# kubectl run -it keeps running after its session ends only while its stdin stays open;
# this one is started with stdin and a terminal, and no session, so it waits for one.
kubectl run box --image=busybox:1.36 --overrides='{"spec":{"containers":[{"name":"box","image":"busybox:1.36","stdin":true,"tty":true}]}}'
kubectl wait --for=condition=Ready pod/box --timeout=60s
kubectl attach box -i -t
cd /etc
echo "in $PWD"
exit 5
# The shell exited, so the container did; restartPolicy Always starts it again.
sleep 15
kubectl get pod box
# Without -i, attach shows what the process writes until it ends.
kubectl run counter --image=busybox:1.36 --restart=Never -- sh -c "echo before; sleep 5; echo after"
kubectl wait --for=condition=Ready pod/counter --timeout=60s
kubectl attach counter
# Errors as kubectl words them.
kubectl attach
kubectl attach counter
kubectl run stuck --image=nosuchimage:0.1
kubectl attach stuck
kubectl attach box -c nosuch
kubectl attach deploy/web
