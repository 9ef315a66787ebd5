kubectl apply -f kubia-manual.yaml
kubectl get pod kubia-manual -o yaml
kubectl apply -f nginx-pod.yaml
cat <<EOF > fixed.yaml
apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
EOF
kubectl apply -f fixed.yaml
kubectl wait --for=condition=Ready pod/kubia-manual pod/test-pod1 pod/web --timeout=120s
