# A readiness probe keeps the Pod out of its Service until it passes: READY 0/1, the
# EndpointSlice marks the endpoint not ready, kube-proxy REJECTs, wget hears "Connection refused".
kubectl run client --image=busybox --restart=Never -- sleep 3600
cat > kubia-ready.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: kubia
  labels:
    app: kubia
spec:
  containers:
  - name: kubia
    image: luksa/kubia
    ports:
    - containerPort: 8080
    readinessProbe:
      exec:
        command:
        - ls
        - /var/ready
YAML
kubectl apply -f kubia-ready.yaml
kubectl expose pod kubia --port=80 --target-port=8080
sleep 30
kubectl get pods
kubectl get endpointslices -l kubernetes.io/service-name=kubia
kubectl exec client -- wget -qO- kubia
kubectl describe pod kubia
kubectl exec kubia -- touch /var/ready
sleep 10
kubectl get pods kubia
kubectl get endpointslices -l kubernetes.io/service-name=kubia
kubectl exec client -- wget -qO- kubia
