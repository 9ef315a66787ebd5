# kubectl run -it gives a Pod with restartPolicy Always (the --restart flag's default), so
# leaving the shell ends the session, kubectl says how to come back, and the container is
# started again — whatever the shell's exit status. With --rm the Pod is deleted without
# waiting for it to go.
kubectl run box --image=busybox:1.36 -it -- sh
ping -c 1 -W 1 10.96.0.1
exit
kubectl get pod box -o jsonpath='{.spec.restartPolicy}{"\n"}'
sleep 2
kubectl get pod box
kubectl run tmp --image=busybox:1.36 -it --rm -- sh
hostname
exit
kubectl get pods
