# kubectl run --overrides: the generated Pod, patched by inline JSON before it is sent.
# A merge patch (the default) merges maps and replaces lists.
kubectl run pinned --image=nginx --dry-run=client -o yaml --overrides='{"spec":{"nodeName":"node-2"},"metadata":{"labels":{"tier":"front"}}}'
kubectl run sleeper --image=nginx --overrides='{"spec":{"containers":[{"name":"sleeper","image":"busybox","command":["sleep","3600"]}]}}'
# A strategic merge patch merges containers by name; a JSON patch is a list of operations.
kubectl run web --image=nginx --override-type=strategic --overrides='{"spec":{"containers":[{"name":"web","env":[{"name":"MODE","value":"demo"}]}]}}' --dry-run=client -o yaml
kubectl run web --image=nginx --override-type=json --overrides='[{"op":"add","path":"/spec/hostname","value":"www"}]' --dry-run=client -o yaml
# A field the API does not know is dropped when kubectl decodes the result.
kubectl run web --image=nginx --overrides='{"spec":{"bogus":1}}' --dry-run=client -o yaml
kubectl run web --image=nginx --overrides='{spec'
kubectl run web --image=nginx --override-type=json --overrides='x'
kubectl run web --image=nginx --override-type=yaml --overrides='{}'
kubectl wait --for=condition=Ready pod/sleeper --timeout=60s
kubectl get pod sleeper -o jsonpath='{.spec.containers[0].image} {.spec.containers[0].command}'
