# kubectl label and annotate PATCH an object's metadata. A Service selects Pods by
# label: relabel the Pod and the EndpointSlice controller takes it out of the slice.
kubectl run web --image=nginx --labels=app=web --port=80
kubectl expose pod web
sleep 10
kubectl get endpointslices
kubectl label pod web tier=frontend
kubectl label pod web app=other
kubectl label pod web app=other --overwrite
sleep 1
kubectl get endpointslices
kubectl get pod web --show-labels
kubectl label pod web tier-
kubectl label pod web tier-
kubectl label pod web app=web --overwrite
sleep 1
kubectl get endpointslices
kubectl label pods --all env=dev
kubectl label pods -l env=dev env=prod --overwrite --dry-run=client
kubectl label pod nosuch a=b
kubectl label pod web
kubectl annotate pod web description='my frontend'
kubectl annotate pod web description=again
kubectl annotate pod web description-
