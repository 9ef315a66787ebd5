# `kubectl get -w`: the list, then one row per change as the API server's watch reports
# it. A wider STATUS widens the column for every row after it, as kubectl's tabwriter
# remembers widths. --request-timeout ends the watch (Ctrl-C does in the browser).
kubectl run web --image=nginx
kubectl get pods -w --request-timeout=8s
kubectl run bad --image=nginx:nope
kubectl get pod bad --watch-only -o wide --request-timeout=25s
kubectl delete pod web --wait=false
kubectl get pod web -w -o name --request-timeout=40s
kubectl run api --image=nginx
kubectl get pods -w --output-watch-events --request-timeout=5s
kubectl get pods,svc -w
