# A forwarded connection is dialled inside the Pod's network namespace, which all its
# containers share (the pause container holds it): forwarding to port 80 of a two-container
# Pod reaches nginx even though the first container is busybox. A Service whose targetPort is
# a port name forwards to that named containerPort of the Pod kubectl picks.
kubectl apply -f - <<'EOF2'
apiVersion: v1
kind: Pod
metadata:
  name: duo
  labels:
    app: duo
spec:
  containers:
  - name: shell
    image: busybox
    command: ["sleep", "3600"]
  - name: web
    image: nginx
    ports:
    - name: http
      containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: duo
spec:
  selector:
    app: duo
  ports:
  - name: web
    port: 8080
    targetPort: http
EOF2
kubectl wait --for=condition=Ready pod/duo
kubectl port-forward duo 8888:80 &
kubectl port-forward svc/duo 9999:web &
kubectl port-forward pod/duo 7777:http &
sleep 1
curl -s localhost:8888 | grep title
curl -s localhost:9999 | grep title
curl -s localhost:7777 | grep title
kill %1 %2 %3
