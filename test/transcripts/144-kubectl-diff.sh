# kubectl diff shows what apply would change, as `diff -u -N` of two temp directories:
# LIVE (the object as stored) and MERGED (what the API server answers to apply's request
# sent with ?dryRun=All). A new object is all additions; after apply there is nothing to
# show (exit 0); a new image shows the image and the generation apply would bump, and
# the live Pod keeps its image. A change the server refuses ends with its error (exit 2).
# A Secret's values are masked. Errors: no -f, a file that is not there.
kubectl diff -f pod.yaml | head -12
kubectl apply -f pod.yaml
kubectl wait --for=condition=Ready pod/kubia-manual
kubectl diff -f pod.yaml
echo "exit $?"
sed -i 's#image: luksa/kubia#image: luksa/kubia:v2#' pod.yaml
kubectl diff -f pod.yaml
echo "exit $?"
kubectl get pod kubia-manual -o jsonpath='{.spec.containers[0].image}{"\n"}'
sed -i 's#containerPort: 8080#containerPort: 9090#' pod.yaml
kubectl diff -f pod.yaml > /dev/null
echo "exit $?"
kubectl create secret generic creds --from-literal=user=admin --from-literal=token=s3cret --dry-run=client -o yaml > creds.yaml
kubectl apply -f creds.yaml
kubectl create secret generic creds --from-literal=user=admin --from-literal=token=changed --from-literal=extra=x --dry-run=client -o yaml > creds.yaml
kubectl diff -f creds.yaml
kubectl diff
echo "exit $?"
kubectl diff -f nope.yaml
echo "exit $?"
