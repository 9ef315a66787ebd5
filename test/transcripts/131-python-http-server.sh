# The python images: python3 --version, print() with -c, and python3 -m http.server, which
# serves its working directory to other Pods and logs each request on stderr.
kubectl run py --image=python:3.12-slim -- python3 -m http.server 8000
kubectl wait --for=condition=Ready pod/py --timeout=120s
kubectl expose pod py --port=8000
kubectl exec py -- python3 --version
kubectl exec py -- python -V
kubectl exec py -- python3 -c 'print("hello from", "python", 3 * 4)'
kubectl exec py -- python3 -c 'import os; print(os.getcwd())'
kubectl exec py -- sh -c 'mkdir -p /srv/site && echo "<h1>hi</h1>" > /srv/site/index.html && echo note > /srv/note.txt'
kubectl run client --image=busybox:1.36 -- sleep 3600
kubectl wait --for=condition=Ready pod/client --timeout=60s
kubectl exec client -- wget -qO- http://py:8000/srv/
kubectl exec client -- wget -qO- http://py:8000/srv/site/
kubectl exec client -- wget -qO- http://py:8000/srv/note.txt
kubectl exec client -- wget -qO- http://py:8000/nosuch
# stdout is a pipe, so Python keeps "Serving HTTP on …" in its buffer: only the request
# log, written to stderr line by line, reaches the container's log.
kubectl logs py
# With -u (or PYTHONUNBUFFERED=1) the start-up line is written at once.
kubectl run docs --image=python:3 -- python3 -u -m http.server --directory /etc 9000
kubectl wait --for=condition=Ready pod/docs --timeout=180s
kubectl expose pod docs --port=9000
kubectl exec client -- wget -qO- http://docs:9000/
kubectl logs docs
# python3 with no program reads one from stdin: empty, it exits at once, so the Pod restarts.
kubectl run bare --image=python:3.12-slim
kubectl run typo --image=python:3.12-slim -- python3 -m http.server eighty
sleep 30
kubectl logs typo
kubectl get pods bare typo
