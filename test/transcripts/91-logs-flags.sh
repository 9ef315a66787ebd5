# kubectl logs' time and container flags: --since/--since-time keep the recent lines,
# --all-containers reads init containers first, then the app's, --prefix names each line's source.
cat <<'YAML' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: chatty
spec:
  initContainers:
  - name: setup
    image: busybox
    command: ["sh", "-c", "echo preparing"]
  containers:
  - name: talker
    image: busybox
    command: ["sh", "-c", "echo hello; sleep 60; echo still here; sleep 3600"]
  - name: helper
    image: busybox
    command: ["sh", "-c", "echo helper up; sleep 3600"]
YAML
sleep 90
kubectl logs chatty
kubectl logs chatty -c talker --since=1m
kubectl logs chatty --all-containers --prefix
kubectl logs chatty --all-containers -c talker
kubectl logs chatty -c talker --since=1m --since-time=2026-01-05T09:10:00Z
