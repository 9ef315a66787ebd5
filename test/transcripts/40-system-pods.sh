# A fresh kubeadm + flannel cluster: the control plane as static Pods on the
# control-plane node (host network), kube-proxy and flannel on every node, CoreDNS
# from a Deployment, and the two Services every cluster has.
kubectl get pods -A -o wide
kubectl get svc -A
kubectl get deploy,rs,ds -A
kubectl get endpointslices -A
kubectl get endpoints -n kube-system
kubectl describe svc kube-dns -n kube-system
