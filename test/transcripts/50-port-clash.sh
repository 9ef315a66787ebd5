# Two containers of one Pod binding the same port: the API server only warns about the
# duplicate containerPort; at run time the second bind fails. The Pod is not Ready, so
# its Service keeps it out of rotation.
cat > clash.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: clash
  labels:
    app: clash
spec:
  containers:
  - name: one
    image: luksa/kubia
    ports:
    - containerPort: 8080
  - name: two
    image: luksa/kubia
    ports:
    - containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: clash
spec:
  selector:
    app: clash
  ports:
  - port: 80
    targetPort: 8080
YAML
kubectl apply -f clash.yaml
kubectl run client --image=busybox --restart=Never -- sleep 3600
sleep 30
kubectl get pods
kubectl logs clash -c two
kubectl exec clash -c one -- curl -s localhost:8080
kubectl get endpoints clash
kubectl get endpointslices -l kubernetes.io/service-name=clash -o yaml
kubectl describe svc clash
kubectl exec client -- wget -qO- clash
