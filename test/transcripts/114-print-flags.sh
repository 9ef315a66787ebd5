# With nothing to list only the tables say so (on stderr); the other printers print the
# empty List kubectl builds: -o yaml and -o json show it, -o name prints nothing and
# custom-columns its header. --ignore-not-found prints nothing at all.
kubectl get pods
kubectl get pods -o yaml
kubectl get pods -o json
kubectl get pods -o name
kubectl get pods -o custom-columns=NAME:.metadata.name
kubectl get pods -o jsonpath='{.kind}{"\n"}'
kubectl get pods -o yaml --ignore-not-found
kubectl get pod kubia-manual -o yaml
# create and apply print what they wrote by -o: name, or the object the server answered.
# create's YAML printer separates objects with ---; apply prints one object, or a List of
# all it applied once it is done.
cat > config.yaml <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata:
  name: colors
data:
  sky: blue
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: sizes
data:
  shirt: M
YAML
kubectl create -f pod.yaml -o name
kubectl create -f config.yaml --dry-run=client -o yaml
kubectl apply -f pod.yaml -o name
kubectl apply -f config.yaml -o yaml
kubectl apply -f config.yaml -o name
kubectl apply -f config.yaml --dry-run=server -o json
kubectl apply -f config.yaml -o wide
