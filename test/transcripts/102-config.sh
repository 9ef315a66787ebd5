# kubectl config: the kubeconfig kubeadm wrote (admin.conf: one cluster, one user, one
# context). Setting the context's namespace changes where every later command works,
# until it is set back; -n still picks another namespace for one command.
kubectl config view
kubectl config current-context
kubectl config get-contexts
kubectl create namespace dev
kubectl config set-context --current --namespace=dev
kubectl config get-contexts
kubectl run web --image=nginx
kubectl get pods
kubectl get pods -n default
kubectl config view --minify -o jsonpath='{.contexts[0].context.namespace}{"\n"}'
kubectl delete pod web --wait=false
kubectl config set-context --current --namespace=
kubectl get pods
kubectl config get-contexts -o name
kubectl config get-clusters
kubectl config get-users
kubectl config use-context kubernetes-admin@kubernetes
kubectl config use-context minikube
kubectl config get-contexts minikube
kubectl config set-context minikube --namespace=dev
kubectl config set-context --current --user=someone
kubectl config set-context
kubectl config delete-context kubernetes-admin@kubernetes
kubectl config view --raw
