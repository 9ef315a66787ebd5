# kube-proxy (iptables mode) writes every Service into the nat table: KUBE-SERVICES
# matches the ClusterIP, KUBE-SVC picks an endpoint at random, KUBE-SEP DNATs to it.
# flanneld and the kubelet have their own chains beside them.
kubectl run kubia-1 --image=luksa/kubia --labels=app=web --port=8080
kubectl run kubia-2 --image=luksa/kubia --labels=app=web --port=8080
kubectl run kubia-3 --image=luksa/kubia --labels=app=web --port=8080
cat > web.yaml <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  selector:
    app: web
  ports:
  - name: http
    port: 80
    targetPort: 8080
    nodePort: 30080
YAML
kubectl apply -f web.yaml
sleep 30
kubectl get pods -o wide
node-shell node-1 -- iptables-save -t nat
node-shell node-1 -- iptables-save -t filter
