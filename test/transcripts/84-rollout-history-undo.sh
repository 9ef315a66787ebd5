# A Deployment's history is its ReplicaSets, one per Pod template, each numbered with the
# revision it was made at. `set image` makes a new revision; a typo in the tag leaves the
# rollout stuck at one broken Pod; `rollout undo` writes the previous template back, and
# the controller renumbers the ReplicaSet it already had for it. `rollout restart` stamps
# the template, which is a new revision too.
cat <<EOF | kubectl apply -f -
apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
EOF
kubectl rollout status deployment/nginx-deployment
kubectl rollout history deployment/nginx-deployment
kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1
kubectl rollout status deployment/nginx-deployment
kubectl get rs
kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1
kubectl annotate deployment/nginx-deployment kubernetes.io/change-cause="image updated to 1.16.1"
sleep 1
kubectl set image deployment/nginx-deployment nginx=nginx:1.161
kubectl rollout status deployment/nginx-deployment --timeout=40s
kubectl get rs
kubectl rollout history deployment/nginx-deployment
kubectl rollout history deployment/nginx-deployment --revision=2
kubectl rollout undo deployment/nginx-deployment
kubectl rollout status deployment/nginx-deployment
kubectl rollout history deployment/nginx-deployment
kubectl get rs -o custom-columns='NAME:.metadata.name,REVISION:.metadata.annotations.deployment\.kubernetes\.io/revision,HISTORY:.metadata.annotations.deployment\.kubernetes\.io/revision-history,DESIRED:.spec.replicas'
kubectl describe deployment nginx-deployment
kubectl rollout undo deployment/nginx-deployment --to-revision=4
kubectl rollout undo deployment/nginx-deployment --to-revision=9
kubectl rollout restart deployment/nginx-deployment
kubectl rollout status deployment/nginx-deployment
kubectl get deployment nginx-deployment -o jsonpath='{.spec.template.metadata.annotations}{"\n"}'
kubectl rollout history deploy
# What kubectl says to commands that name nothing, or the wrong thing.
kubectl set image deployment/nginx-deployment web=nginx:1.16.1
kubectl set image deployment/nginx-deployment
kubectl rollout history pod/nope
kubectl rollout history deployment/nope
kubectl rollout undo
kubectl rollout frob
kubectl rollout
