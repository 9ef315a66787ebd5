# Every write verb takes --dry-run=server: kubectl sends its PATCH, PUT, DELETE or POST
# with ?dryRun=All, the API server answers with what it would have stored, and nothing
# changes: the Pod keeps its image and labels, no Service or second Pod appears, and the
# Deployment keeps its replicas. -o yaml prints the object the server answered with.
kubectl run web --image=nginx:1.27 --labels=app=web
kubectl wait --for=condition=Ready pod/web
kubectl delete pod web --dry-run=server
kubectl label pod web tier=front --dry-run=server
kubectl annotate pod web note=hi --dry-run=server -o name
kubectl patch pod web -p '{"metadata":{"labels":{"x":"y"}}}' --dry-run=server -o yaml | grep -A3 "  labels:"
kubectl patch pod web -p '{"spec":{"containers":[{"name":"web","ports":[{"containerPort":8080}]}]}}' --dry-run=server 2>&1 | head -1
kubectl set image pod/web web=nginx:1.28 --dry-run=server
kubectl run w2 --image=nginx:1.27 --port=80 --expose --dry-run=server
kubectl get pod web -o yaml > web.yaml
kubectl replace -f web.yaml --dry-run=server
kubectl replace -f web.yaml --force --dry-run=server
kubectl create deployment d --image=nginx:1.27 --replicas=2
kubectl scale deployment d --replicas=5 --dry-run=server
kubectl get pods,svc,deploy --show-labels
kubectl get pod web -o jsonpath='{.spec.containers[0].image} {.metadata.annotations}{"\n"}'
# --dry-run=client asks the server nothing; label and patch print the object changed locally.
kubectl label pod web tier=front --dry-run=client -o yaml | grep -A3 "  labels:"
kubectl run w3 --image=nginx:1.27 --port=80 --expose --dry-run=client
