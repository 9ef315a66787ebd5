# Steps 1–2 on the laptop, then steps 3–9 in the cluster.
docker build -t kubia .
docker tag kubia luksa/kubia
docker push luksa/kubia
kubectl apply -f pod.yaml
kubectl wait --for=condition=Ready pod/kubia-manual --timeout=120s
kubectl describe pod kubia-manual
