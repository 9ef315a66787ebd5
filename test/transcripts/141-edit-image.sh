# A changed file is sent as a two-way strategic merge patch from the object read to the one
# saved (--output-patch prints it): the image is the one field of a Pod's spec that may
# change, so the kubelet restarts the container with the new image. `kubectl edit pods`
# edits every Pod of the namespace in one v1 List, each patched only if it changed.
kubectl run web --image=nginx:1.27
sleep 15
KUBE_EDITOR="sed -i 's/image: nginx:1.27/image: nginx:1.28/'" kubectl edit pod web --output-patch
sleep 15
kubectl get pod web
kubectl get pod web -o jsonpath='{.spec.containers[0].image}{"\n"}'
export EDITOR="sed -i s/nginx:1.28/nginx:1.29/"
kubectl edit pod web -o json
kubectl edit pod web -o name
kubectl run api --image=nginx:1.27 -l tier=web
kubectl label pod web tier=web
KUBE_EDITOR="sed -i 's/tier: web/tier: api/'" kubectl edit pods
kubectl get pods -L tier,run
