# kubectl drain cordons the node, then refuses to evict anything while the node has Pods
# it should not touch: DaemonSet Pods (the DaemonSet would only put them back), Pods with
# emptyDir data, and Pods no controller would replace. The node stays cordoned.
# node-2 is cordoned for a moment so that everything below lands on node-1.
kubectl cordon node-2
kubectl run web --image=nginx
cat > cache.yaml <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cache
spec:
  selector:
    matchLabels:
      app: cache
  template:
    metadata:
      labels:
        app: cache
    spec:
      containers:
      - name: nginx
        image: nginx
        volumeMounts:
        - name: scratch
          mountPath: /scratch
      volumes:
      - name: scratch
        emptyDir: {}
YAML
kubectl apply -f cache.yaml
kubectl wait --for=condition=Ready pod/web --timeout=60s
kubectl wait --for=condition=Available deployment/cache --timeout=60s
kubectl uncordon node-2
kubectl get pods -A -o wide --field-selector spec.nodeName=node-1
kubectl drain node-1
kubectl get nodes
kubectl drain node-1 --ignore-daemonsets
kubectl drain node-1 --ignore-daemonsets --delete-emptydir-data
# A client dry run says what it would evict, and evicts nothing.
kubectl drain node-1 --ignore-daemonsets --delete-emptydir-data --force --dry-run=client
kubectl get pods -o wide
kubectl uncordon node-1
# What kubectl refuses before it reads anything.
kubectl drain
kubectl drain nope
kubectl drain node-1 -l kubernetes.io/os=linux
