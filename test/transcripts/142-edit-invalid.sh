# What the API server refuses reopens the file with its errors as comments at the top; so
# does YAML that does not parse. Saved again unchanged, kubectl gives up, keeps the file and
# says where. (The editor here, sed, changes nothing the second time.)
kubectl run web --image=nginx:1.27
KUBE_EDITOR="sed -i 's/- image: nginx:1.27/- ports: [{containerPort: 8080}]\n    image: nginx:1.27/'" kubectl edit pod web
echo $?
ls /tmp
head -30 /tmp/kubectl-edit-3655248076.yaml
KUBE_EDITOR="sed -i 's/^kind: Pod$/kind: Pod: oops/'" kubectl edit pod web
head -7 /tmp/kubectl-edit-2161227106.yaml
KUBE_EDITOR="sed -i 's/^  name: web/  name: web2/'" kubectl edit pod web
kubectl get pod web -o jsonpath='{.spec.containers[0].ports}{"\n"}'
