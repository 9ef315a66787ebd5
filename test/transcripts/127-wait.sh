# bash's wait builtin. `wait` waits for every background job and is 0; `wait %N`, `wait PID`
# and `wait $!` give that job's status (a job already reported is still known by its PID);
# `wait -n` returns as the next job ends. Virtual time passes while the line waits, as it does
# for fg, and the jobs that ended are reported before the next prompt. An ID that is not a job
# of this shell is status 127.
kubectl run web --image=nginx
kubectl wait --for=condition=Ready pod/web --timeout=60s &
sleep 30 &
wait
echo "wait: $?"
kubectl get pod web
kubectl get pod nope &
wait $!
echo "wait: $?"
wait $!
echo "again: $?"
sleep 2 && echo slow &
sleep 1 && echo fast &
wait -n
echo "wait -n: $?"
wait %1
echo "wait %1: $?"
sleep 5 &
kill %1 && wait %1
echo "killed: $?"
wait %3
wait 99999
echo "unknown: $?"
wait -n
echo "no jobs: $?"
wait foo
wait -x
