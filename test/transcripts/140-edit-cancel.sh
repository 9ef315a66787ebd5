# kubectl edit writes the object under its header comment to /tmp/kubectl-edit-N.yaml and
# runs $KUBE_EDITOR (else $EDITOR, else vi) with the file's path last. Closed unchanged or
# emptied: nothing is sent. The headless laptop has no vi (the page's vi is its editor pane),
# so without an editor variable the editor cannot be launched and the file stays in /tmp.
kubectl run web --image=nginx:1.27
KUBE_EDITOR=true kubectl edit pod web
echo $?
KUBE_EDITOR=cat kubectl edit pod/web 2>&1 | head -22
KUBE_EDITOR="sed -i s/.*//" kubectl edit pod web
kubectl edit pod web
echo $?
ls /tmp
kubectl edit pod nope
kubectl edit pod web -n kube-system
kubectl get pod web -o yaml > web.yaml
KUBE_EDITOR=true kubectl edit -f web.yaml
KUBE_EDITOR="nano" kubectl edit pod web
KUBE_EDITOR="nosuch 'x'" kubectl edit pod web
kubectl edit pod web -o wide
kubectl edit
