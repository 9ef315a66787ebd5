# Kubernetes in Action, ch. 4: kubia-unhealthy answers 500 from its sixth request on; the
# liveness probe fails three times in a row and the kubelet kills and restarts the container.
cat > kubia-liveness.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: kubia-liveness
spec:
  containers:
  - image: luksa/kubia-unhealthy
    name: kubia
    livenessProbe:
      httpGet:
        path: /
        port: 8080
YAML
kubectl create -f kubia-liveness.yaml
sleep 60
kubectl get po kubia-liveness
sleep 50
kubectl get po kubia-liveness
sleep 30
kubectl get po kubia-liveness
kubectl describe po kubia-liveness
kubectl logs kubia-liveness --previous
