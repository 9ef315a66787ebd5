# A NoExecute taint also evicts the Pods already on the node that do not tolerate it: the
# taint eviction controller records TaintManagerEviction and deletes them, and the
# Deployment's replacements go to another node. A toleration with tolerationSeconds
# lets a Pod stay that long.
kubectl cordon node-2
kubectl create deployment web --image=nginx --replicas=2
cat > patient.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: patient
spec:
  tolerations:
  - key: maintenance
    operator: Exists
    effect: NoExecute
    tolerationSeconds: 20
  containers:
  - name: nginx
    image: nginx
YAML
kubectl apply -f patient.yaml
kubectl wait --for=condition=Available deployment/web --timeout=60s
kubectl wait --for=condition=Ready pod/patient --timeout=60s
kubectl uncordon node-2
kubectl get pods -o wide
kubectl taint nodes node-1 maintenance=now:NoExecute
sleep 2
kubectl get pods -o wide
kubectl get events --field-selector reason=TaintManagerEviction
# flannel's DaemonSet Pod tolerates NoSchedule taints only, so it is evicted too; kube-proxy
# tolerates every taint and stays. (Pod Lab has no DaemonSet controller to bring flannel's
# Pod back once the taint is gone, as a real cluster would.)
kubectl get pods -A -o wide --field-selector spec.nodeName=node-1
sleep 20
kubectl get pods -o wide
kubectl get events --field-selector involvedObject.name=patient,reason=TaintManagerEviction
kubectl taint nodes node-1 maintenance-
