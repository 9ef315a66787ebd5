# scenario: fresh-registry.yaml
# The nine steps from the laptop: build (1), push (2), then kubectl creates the Pod (3, 4),
# the scheduler binds it (5), node's kubelet sees it (6), sets up the sandbox (7), pulls the
# image the learner just pushed (8) and starts the container (9).
docker build -t kubia .
docker tag kubia luksa/kubia
docker push luksa/kubia
kubectl apply -f pod.yaml
sleep 40
kubectl get pods -o wide
