# kubectl exec -it POD -- sh: a shell in the container, one process started through the
# API server and the node's kubelet with its stdin kept open. Each line typed at its prompt
# goes to that shell, which keeps its directory and variables from line to line.
kubectl run web --image=nginx:1.27
kubectl wait --for=condition=Ready pod/web --timeout=60s
kubectl exec -it web -- sh
hostname
cd /usr/share/nginx/html
ls
cd nosuch
pwd
curl -s localhost | head -4
exit 3
echo "exit status $?"
# bash has its own prompt; a busybox shell shows the directory.
kubectl exec -it web -- bash
cat /etc/hostname
exit
kubectl run box --image=busybox:1.36 -- sleep 3600
kubectl wait --for=condition=Ready pod/box --timeout=60s
kubectl exec -it box -- /bin/sh
wget -qO- http://localhost
cd /etc
pwd
GREETING=hello
export WHO=learner
echo "$GREETING $WHO from $PWD"
cd -
echo "shell $$"
ps
exit
# Without -t there is no terminal: the shell reads its lines without a prompt.
kubectl exec -i box -- sh
echo "no prompt, same shell"
exit
# The containers of one Pod share its network: from a second container, localhost is nginx.
cat <<'EOF2' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: pair
spec:
  containers:
  - name: web
    image: nginx:1.27
  - name: sidecar
    image: busybox:1.36
    command: ["sleep", "3600"]
EOF2
kubectl wait --for=condition=Ready pod/pair --timeout=60s
kubectl exec -it pair -c sidecar -- sh
wget -qO- http://localhost | head -4
exit
kubectl get pods
# A shell as the container's own command exits at once on an empty stdin; with stdin: true
# (what kubectl run -i sets) it waits on it, and the Pod stays Running.
kubectl run quick --image=busybox:1.36 --restart=Never
kubectl run waiting --image=busybox:1.36 --restart=Never --overrides='{"spec":{"containers":[{"name":"waiting","image":"busybox:1.36","stdin":true,"tty":true}]}}'
sleep 10
kubectl get pods quick waiting
# kubectl run -it … -- sh: the shell is the container's own process. What is typed goes to
# its stdin through the attach stream; it keeps its directory and variables; when it exits,
# so does the container, with its status, and --rm deletes the Pod.
kubectl expose pod web --port=80
kubectl run tmp --image=busybox:1.36 --rm -it --restart=Never -- sh
nslookup web
wget -qO- http://web | head -4
cd /etc
X=shared
echo "$X" from "$PWD"
exit 4
echo "exit status $?"
kubectl get pods tmp
# kubectl's own example: bash as a login shell, interactive.
kubectl exec web -i -t -- bash -il
echo $0
exit
