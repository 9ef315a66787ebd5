# A Service whose selector matches no Pod: its EndpointSlice is empty, kube-proxy
# REJECTs connections to its ClusterIP, and the client hears "Connection refused".
kubectl run client --image=busybox --restart=Never -- sleep 3600
kubectl run kubia --image=luksa/kubia --labels=app=kubia --port=8080
cat > typo.yaml <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: kubia
spec:
  selector:
    app: kubai
  ports:
  - port: 80
    targetPort: 8080
YAML
kubectl apply -f typo.yaml
sleep 30
kubectl get endpoints kubia
kubectl get endpointslices -l kubernetes.io/service-name=kubia
kubectl exec client -- wget -qO- kubia
node-shell node-1 -- iptables-save -t filter
