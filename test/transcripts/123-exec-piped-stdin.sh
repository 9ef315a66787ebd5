# kubectl exec -i passes kubectl's stdin to the command: a pipe into kubectl reaches the
# process in the container, the way files are copied in without kubectl cp. Without -i
# the command's stdin is empty.
kubectl run web --image=nginx:1.27
kubectl wait --for=condition=Ready pod/web
cat pod.yaml | kubectl exec -i web -- sh -c 'cat > /tmp/pod.yaml'
kubectl exec web -- head -3 /tmp/pod.yaml
echo 'one line' | kubectl exec -i web -- wc -l
echo 'not passed' | kubectl exec web -- wc -l
echo b | kubectl exec -i web -- sh -c 'while read x; do echo "got $x"; done'
