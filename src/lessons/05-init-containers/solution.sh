kubectl apply -f init.yaml
kubectl wait --for=condition=Ready pod/myapp --timeout=60s
kubectl logs myapp -c app
kubectl apply -f init-fail.yaml
kubectl logs blocked -c check-config
kubectl delete pod blocked
cat <<EOF > init-fixed.yaml
apiVersion: v1
kind: Pod
metadata:
  name: blocked
spec:
  volumes:
  - name: work
    emptyDir: {}
  initContainers:
  - name: write-config
    image: busybox
    command: ["sh", "-c", "echo db=ready > /work/app.conf"]
    volumeMounts:
    - name: work
      mountPath: /work
  - name: check-config
    image: busybox
    command: ["sh", "-c", "test -f /work/app.conf || { echo app.conf is missing; exit 1; }"]
    volumeMounts:
    - name: work
      mountPath: /work
  containers:
  - name: web
    image: nginx
EOF
kubectl apply -f init-fixed.yaml
kubectl wait --for=condition=Ready pod/blocked --timeout=60s
