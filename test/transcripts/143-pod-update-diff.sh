# A running Pod refuses changes to its spec other than the image, and says what differs the
# way the API server prints it: cmp.Diff of the internal core.PodSpec, descending to the
# field that changed, with unchanged fields counted. A limit shows each Quantity's internal
# fields (keyed s"cpu", the ResourceName's String), an env value its EnvVar, the restart
# policy and a node selector their own lines. The image alone goes through.
cat > web.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    env:
    - name: GREETING
      value: hello
    resources:
      limits:
        cpu: 500m
        memory: 128Mi
YAML
kubectl apply -f web.yaml
kubectl wait --for=condition=Ready pod/web --timeout=120s
kubectl patch pod web -p '{"spec":{"containers":[{"name":"web","resources":{"limits":{"cpu":"1"}}}]}}'
kubectl patch pod web -p '{"spec":{"containers":[{"name":"web","env":[{"name":"GREETING","value":"bonjour"}]}]}}'
kubectl patch pod web --type=merge -p '{"spec":{"restartPolicy":"Never"}}'
kubectl patch pod web --type=merge -p '{"spec":{"nodeSelector":{"disk":"ssd"}}}'
kubectl patch pod web -p '{"spec":{"containers":[{"name":"web","image":"nginx:1.28"}]}}'
