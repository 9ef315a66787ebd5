# The nine steps against the default registry, quietly on the laptop side.
docker build -q -t kubia .
docker tag kubia luksa/kubia
docker push -q luksa/kubia
kubectl apply -f pod.yaml
kubectl get pods
sleep 40
kubectl get pods -o wide
docker images
