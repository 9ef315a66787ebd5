# externalTrafficPolicy: Cluster sends NodePort traffic to any endpoint and masquerades
# it; Local keeps the client's address but only nodes with a local endpoint answer.
kubectl run kubia --image=luksa/kubia --labels=app=kubia --port=8080
cat > cluster.yaml <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: kubia
spec:
  type: NodePort
  externalTrafficPolicy: Cluster
  selector:
    app: kubia
  ports:
  - port: 80
    targetPort: 8080
    nodePort: 30080
YAML
kubectl apply -f cluster.yaml
sleep 30
kubectl get pods -o wide
curl -s 192.168.56.11:30080
curl -s 192.168.56.12:30080
kubectl logs kubia
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
sleep 2
kubectl describe svc kubia
curl -s 192.168.56.12:30080
kubectl logs kubia --tail=1
curl -m 5 192.168.56.11:30080
