# kubectl explain prints the API's own documentation of a kind or a field.
kubectl explain pods
kubectl explain pod.spec.containers.ports
kubectl explain pod.spec.restartPolicy
kubectl explain deployment.spec.replicas
kubectl explain pod.spec.containers.imagee
kubectl explain pods.spec.containers.resources --recursive
kubectl explain podz
