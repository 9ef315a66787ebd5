# A Service selects Pods by label; the EndpointSlice controller lists the Ready ones;
# kube-proxy spreads connections to the ClusterIP across them.
kubectl run kubia-1 --image=luksa/kubia --labels=app=kubia --port=8080
kubectl run kubia-2 --image=luksa/kubia --labels=app=kubia --port=8080
kubectl run kubia-3 --image=luksa/kubia --labels=app=kubia --port=8080
kubectl run client --image=busybox --restart=Never -- sleep 3600
cat > kubia-svc.yaml <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: kubia
spec:
  selector:
    app: kubia
  ports:
  - port: 80
    targetPort: 8080
YAML
kubectl apply -f kubia-svc.yaml
sleep 30
kubectl get pods -o wide
kubectl get svc kubia
kubectl get endpoints kubia
kubectl get endpointslices -l kubernetes.io/service-name=kubia
kubectl describe svc kubia
kubectl exec client -- wget -qO- kubia
kubectl exec client -- wget -qO- kubia
kubectl exec client -- wget -qO- kubia
kubectl exec client -- wget -qO- kubia
kubectl exec client -- wget -qO- kubia
kubectl exec client -- wget -qO- kubia
