# kubectl logs -f: what the container wrote so far, then each line as it writes it, until
# the container exits (exit 0) or the stream is cut: Ctrl-C in the browser, here
# --request-timeout, which bounds the streamed body too, as http.Client.Timeout does.
kubectl run once --image=busybox -- sh -c 'echo one; sleep 5; echo two; sleep 5; echo three'
sleep 8
kubectl logs -f once
echo $?
kubectl logs -f once --timestamps
cat <<'YAML' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: counter
  labels:
    app: counter
spec:
  containers:
  - name: count
    image: busybox
    args: [/bin/sh, -c, 'i=0; while true; do echo "$i: tick"; i=$((i+1)); sleep 2; done']
  - name: side
    image: busybox
    args: [/bin/sh, -c, 'while true; do echo side; sleep 3; done']
YAML
sleep 20
kubectl logs -f counter -c count --tail=2 --request-timeout=5s
echo $?
kubectl logs -f counter --all-containers --prefix --tail=1 --request-timeout=4s
kubectl logs -f counter --all-containers --max-log-requests=1
