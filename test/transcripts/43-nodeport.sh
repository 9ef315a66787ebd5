# NodePorts come from 30000-32767: given or allocated, never twice, and reachable on
# every node's address from outside the cluster (the laptop is 192.168.56.1).
kubectl run kubia --image=luksa/kubia --labels=app=kubia --port=8080
cat > np.yaml <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: kubia-nodeport
spec:
  type: NodePort
  selector:
    app: kubia
  ports:
  - port: 80
    targetPort: 8080
    nodePort: 30080
YAML
kubectl apply -f np.yaml
kubectl expose pod kubia --name=kubia-any --type=NodePort --port=80 --target-port=8080
cat > taken.yaml <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: kubia-taken
spec:
  type: NodePort
  selector:
    app: kubia
  ports:
  - port: 80
    targetPort: 8080
    nodePort: 30080
YAML
kubectl apply -f taken.yaml
cat > low.yaml <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: kubia-low
spec:
  type: NodePort
  selector:
    app: kubia
  ports:
  - port: 80
    targetPort: 8080
    nodePort: 8080
YAML
kubectl apply -f low.yaml
sleep 30
kubectl get svc
curl 192.168.56.11:30080
curl 192.168.56.12:30080
curl 192.168.56.10:30080
curl 192.168.56.11:30081
