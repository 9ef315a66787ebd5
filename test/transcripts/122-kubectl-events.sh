# kubectl events: a namespace's Events oldest first by when each was last seen, an Event
# seen again counted as "(x3 over 40s)", OBJECT as Kind/name. --for narrows it to one
# object (a field selector on involvedObject kind, apiVersion and name), --types to
# Normal or Warning, -A to every namespace; -w keeps printing them as they come.
kubectl events
kubectl run web --image=nginx:1.27
kubectl run bad --image=nginx:no-such-tag
sleep 40
kubectl events
kubectl events --for pod/bad --types=Warning
kubectl events -A --types=warning --no-headers
kubectl events --for pod/web -o name
kubectl delete pod web --wait=false
kubectl events --for pod/web --watch --request-timeout=5s
kubectl get events --field-selector source=kubelet,reason=Killing
# Errors, as kubectl words them.
kubectl events --types=Oops
kubectl events --for web
kubectl events --for foo/web
kubectl events --for pod/a/b
