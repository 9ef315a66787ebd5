# A misspelt image: the pull fails (ErrImagePull), then the kubelet backs off between
# attempts (ImagePullBackOff); describe shows the Failed and BackOff events.
kubectl run web --image=nginxx
sleep 5
kubectl get pods
sleep 15
kubectl get pods
kubectl describe pod web
kubectl logs web
sleep 60
kubectl get pods
