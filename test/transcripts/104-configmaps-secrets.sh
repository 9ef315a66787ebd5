# ConfigMaps and Secrets from the laptop's files and literals, and a Pod that uses them:
# a volume of the ConfigMap's keys, variables from both. The Pod waits for what it needs:
# in ContainerCreating (FailedMount) for a volume, CreateContainerConfigError for a variable.
cat > game.properties <<'X'
enemies=aliens
lives=3
X
cat > ui.env <<'X'
# the UI's settings
color=purple
how=fairlyNice
X
kubectl create configmap game-config --from-file=game.properties --from-literal=mode=hard
kubectl create configmap ui-config --from-env-file=ui.env
kubectl get configmap game-config -o yaml
kubectl create secret generic db --from-literal=password='s3cr3t!'
kubectl get secret db -o jsonpath='{.data.password}{"\n"}'
cat <<'YAML' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: game
spec:
  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", "cat /etc/game/game.properties; echo mode=$MODE color=$UI_color password=$DB_PASSWORD; sleep 3600"]
    env:
    - name: MODE
      valueFrom:
        configMapKeyRef: {name: game-config, key: mode}
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef: {name: db, key: password}
    envFrom:
    - prefix: UI_
      configMapRef: {name: ui-config}
    volumeMounts:
    - {name: game, mountPath: /etc/game}
  volumes:
  - name: game
    configMap: {name: game-config}
YAML
kubectl wait --for=condition=Ready pod/game --timeout=60s
kubectl logs game
kubectl exec game -- ls /etc/game
cat <<'YAML' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: waits
spec:
  containers:
  - name: app
    image: busybox
    command: ["sleep", "3600"]
    env:
    - name: LEVEL
      valueFrom:
        configMapKeyRef: {name: later, key: level}
YAML
sleep 20
kubectl get pod waits
kubectl create configmap later --from-literal=level=9
sleep 15
kubectl get pod waits
kubectl exec waits -- printenv LEVEL
kubectl create configmap bad --from-literal=novalue
kubectl create configmap bad --from-literal=a=1 --from-literal=a=2
kubectl create secret tls cert
kubectl describe configmap game-config
kubectl describe secret db
