# kubectl edit in the background (&) needs the terminal, and a background job that touches it
# is stopped (SIGTTOU): bash reports it as Stopped after a blank line, and it stays in the
# table, the current job. kubectl runs a command editor at once and stops when it gives the
# terminal back; fg continues it in the foreground, where it reads the file and patches the
# Pod. kill ends a stopped job as Terminated; wait does not wait for one.
kubectl run web --image=nginx:1.27
KUBE_EDITOR="sed -i s/nginx:1.27/nginx:1.28/" kubectl edit pod web &
sleep 1 &
jobs
kubectl get pod web -o jsonpath='{.spec.containers[0].image}{"\n"}'
wait %1
echo "wait: $?"
wait
fg
kubectl get pod web -o jsonpath='{.spec.containers[0].image}{"\n"}'
KUBE_EDITOR=cat kubectl edit pod web -o json &
sleep 1
kill %1
jobs
KUBE_EDITOR=nano kubectl edit pod web &
sleep 1
fg %1
echo "fg: $?"
