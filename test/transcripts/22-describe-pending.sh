# A Pod asking for more CPU than any node has stays Pending; describe says why.
cat > greedy.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: greedy
spec:
  containers:
  - name: app
    image: nginx
    resources:
      requests:
        cpu: "3"
        memory: 64Mi
YAML
kubectl apply -f greedy.yaml
sleep 10
kubectl get pods
kubectl describe pod greedy
