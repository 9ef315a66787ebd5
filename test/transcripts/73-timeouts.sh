# curl -m / --max-time and busybox wget -T end a connection nobody answers after the given
# time (curl: exit 28, wget: "download timed out"), not after the kernel's 127 s of SYN retries.
kubectl run kubia --image=luksa/kubia --labels=app=kubia --port=8080
kubectl run client --image=busybox --restart=Never -- sleep 3600
kubectl run c --image=curlimages/curl --restart=Never --command -- sleep 3600
cat > local.yaml <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: kubia
spec:
  type: NodePort
  externalTrafficPolicy: Local
  selector:
    app: kubia
  ports:
  - port: 80
    targetPort: 8080
    nodePort: 30080
YAML
kubectl apply -f local.yaml
sleep 20
kubectl get pods -o wide
curl -m 2 192.168.56.12:30080
curl --max-time 3 192.168.56.11:30080
kubectl exec client -- wget -T 2 -qO- http://192.168.56.99/
kubectl exec client -- wget -T 1 http://10.96.0.99/
kubectl exec c -- curl -sS -m 2 http://10.96.0.99/
kubectl exec c -- curl --max-time 1.5 http://192.168.56.99/
kubectl get pods
