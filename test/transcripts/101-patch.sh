# kubectl patch: a strategic merge patch (containers merge by name), a JSON merge patch, a
# JSON patch. The image is the one field of a running Pod's spec that may change: the
# kubelet stops the container ("definition changed") and starts it from the new image.
kubectl run web --image=nginx:1.27 --labels=app=web
kubectl wait --for=condition=Ready pod/web --timeout=120s
kubectl patch pod web -p '{"spec":{"containers":[{"name":"web","image":"nginx:1.29.3"}]}}'
sleep 15
kubectl get pod web
# The same patch again changes nothing, once the kubelet has reported the new generation.
kubectl patch pod web -p '{"spec":{"containers":[{"name":"web","image":"nginx:1.29.3"}]}}'
kubectl get events --field-selector reason=Killing
kubectl patch pod web --type=merge -p 'metadata: {labels: {tier: front}}'
kubectl patch pod/web --type=json -p '[{"op":"replace","path":"/metadata/labels/app","value":"shop"}]'
kubectl get pod web --show-labels
kubectl patch pod web -p '{"spec":{"containers":[{"name":"web","ports":[{"containerPort":8080}]}]}}'
echo $?
kubectl patch pod web -p '{"metadata":{"labels":{"x":"y"}}}' --dry-run=client
kubectl patch pod web -p '{"metadata":{"labels":{"x":"y"}}}' -o name
cat > relabel.yaml <<'YAML'
metadata:
  labels:
    tier: back
YAML
kubectl patch pod web --patch-file relabel.yaml
kubectl patch pod web --type=json -p '[{"op":"remove","path":"/metadata/labels/zzz"}]'
kubectl patch pod web -p '{bad'
kubectl patch pod web -p x
kubectl patch pod web --type=foo -p '{}'
kubectl patch pod web
kubectl patch pod web -p '{}' --patch-file relabel.yaml
kubectl patch pod nope -p '{}'
kubectl patch pods -p '{}'
