# --dry-run=client prints what kubectl would send and asks the API server nothing;
# --dry-run=server sends the request with ?dryRun=All, and the API server decodes,
# defaults, validates and admits the object as for a real write, answers with it, and
# stores nothing. A bare --dry-run has been an error since kubectl v1.23.
kubectl create -f pod.yaml --dry-run=client
kubectl create -f pod.yaml --dry-run=server
kubectl apply -f pod.yaml --dry-run=client
kubectl apply -f pod.yaml --dry-run=server -o name
kubectl get pods
kubectl create -f pod.yaml --dry-run
kubectl apply -f pod.yaml --dry-run=true
# The client's object is the file plus the namespace it goes to; the server's has its
# defaults, a UID and the service account volume, but no resourceVersion: it is not stored.
kubectl create -f pod.yaml --dry-run=client -o yaml
kubectl create -f pod.yaml --dry-run=server -o yaml
# Only the server validates the object.
cat > bad.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: bad
spec:
  containers:
  - name: Web
    image: nginx
YAML
kubectl create -f bad.yaml --dry-run=client
kubectl create -f bad.yaml --dry-run=server
echo $?
# Once the Pod exists: a client dry run still never asks, so it cannot know; the server
# says AlreadyExists. apply's client dry run computes no patch and always says configured.
kubectl apply -f pod.yaml
kubectl create -f pod.yaml --dry-run=client
kubectl create -f pod.yaml --dry-run=server
kubectl apply -f pod.yaml --dry-run=server
kubectl apply -f pod.yaml --dry-run=client
cat > labeled.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: kubia-manual
  labels:
    env: test
spec:
  containers:
  - image: luksa/kubia
    name: kubia
    ports:
    - containerPort: 8080
      protocol: TCP
YAML
kubectl apply -f labeled.yaml --dry-run=server
kubectl get pod kubia-manual --show-labels
kubectl create namespace staging --dry-run=server
kubectl get namespace staging
