# kubectl rollout status prints the Deployment's progress on every change its watch
# brings, in the Deployment status viewer's words, until the rollout is done; a new image
# in the Pod template is a new rollout: a new ReplicaSet scales up as the old scales down.
cat > web.yaml <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
YAML
kubectl apply -f web.yaml
kubectl rollout status deployment/web --timeout=120s
cat > web.yaml <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.29
YAML
kubectl apply -f web.yaml
kubectl rollout status deployment/web
kubectl get rs
kubectl rollout status deployment/web --watch=false
kubectl rollout status pod/web
kubectl rollout undo deployment/web
kubectl rollout status deployment/web
