# bash's job control: `cmd &` starts a background job and prints its job number and PID at
# once; its output shows up in the terminal as it is written, between later commands; bash
# reports a job that has ended (Done, Exit N, Terminated) just before the next prompt.
# `$!` is the PID of the last job started; kill takes it as well as a %jobspec.
kubectl run web --image=nginx &
sleep 1
kubectl get pod web --request-timeout=1s &
sleep 30 &
jobs
kubectl get pod nope 2>/dev/null &
echo still here
sleep 1
kill %2
kill %9
kill
fg
sleep 1 && echo woke up &
sleep 1 & echo "a & b: b runs at once"
fg %1
sleep 1
jobs
sleep 5 &
kill $!
