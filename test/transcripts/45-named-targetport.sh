# targetPort may name a container port: each endpoint gets the number its own Pod
# gives that name, and the EndpointSlice lists the number.
cat > named.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: kubia-named
  labels:
    app: named
spec:
  containers:
  - name: kubia
    image: luksa/kubia
    ports:
    - name: http
      containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: named
spec:
  selector:
    app: named
  ports:
  - name: web
    port: 80
    targetPort: http
YAML
kubectl apply -f named.yaml
kubectl run client --image=busybox --restart=Never -- sleep 3600
sleep 30
kubectl get endpointslices -l kubernetes.io/service-name=named
kubectl describe svc named
kubectl exec client -- wget -qO- named
