# A Pod as a v1.35 API server and kubelet write it: metadata.generation counts the changes
# to its spec (and its graceful deletion); the kubelet says in status.observedGeneration,
# and in each condition it writes, which generation it has synced. Its container statuses
# carry the resources it was given and its volume mounts.
cat <<'YAML' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    resources:
      requests:
        cpu: 100m
        memory: 64Mi
      limits:
        memory: 128Mi
YAML
kubectl wait --for=condition=Ready pod/web --timeout=60s
kubectl get pod web -o yaml
kubectl set image pod/web web=nginx:1.29.3
kubectl get pod web -o jsonpath='generation {.metadata.generation}, observed {.status.observedGeneration}{"\n"}'
sleep 10
kubectl get pod web -o jsonpath='generation {.metadata.generation}, observed {.status.observedGeneration}{"\n"}'
kubectl get pod web -o jsonpath='{range .status.conditions[*]}{.type} {.observedGeneration}{"\n"}{end}'
# A label is not a change to the spec: no new generation.
kubectl label pod web tier=front
kubectl get pod web -o jsonpath='generation {.metadata.generation}{"\n"}'
kubectl delete pod web --wait=false
kubectl get pod web -o jsonpath='generation {.metadata.generation}{"\n"}'
