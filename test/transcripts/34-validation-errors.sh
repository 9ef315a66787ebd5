# What the API server refuses, and what kubectl refuses before sending anything; each
# with its exit status.
cat > typo.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: typo
spec:
  containers:
  - name: app
    imagee: nginx
YAML
kubectl apply -f typo.yaml
echo $?
cat > noimage.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: noimage
spec:
  containers:
  - name: app
YAML
kubectl apply -f noimage.yaml
echo $?
cat > badname.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: My_Pod
spec:
  containers:
  - name: app
    image: nginx
YAML
kubectl apply -f badname.yaml
echo $?
cat > broken.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: broken
spec:
  containers:
  - name: app
    image: nginx
   ports:
    - containerPort: 80
YAML
kubectl apply -f broken.yaml
echo $?
kubectl create -f pod.yaml
echo $?
kubectl create -f pod.yaml
echo $?
kubectl run Bad_Name --image=nginx
echo $?
kubectl run web --image=NGINX
echo $?
