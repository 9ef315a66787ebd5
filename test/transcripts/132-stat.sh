# stat, GNU coreutils' in nginx (Debian) and busybox's: the image's files carry its build
# time, the kubelet's files the Pod's start; a service-account token is a link into ..data.
kubectl run web --image=nginx:1.29
kubectl wait --for=condition=Ready pod/web --timeout=60s
kubectl exec web -- stat /usr/share/nginx/html/index.html
kubectl exec web -- stat -c '%A %U:%G %s %y %n' /tmp /etc/hosts
kubectl exec web -- stat /var/run/secrets/kubernetes.io/serviceaccount/token
kubectl exec web -- stat -L -c '%F, %s bytes' /var/run/secrets/kubernetes.io/serviceaccount/token
kubectl exec web -- stat /nosuch
kubectl run box --image=busybox:1.36 -- sleep 3600
kubectl wait --for=condition=Ready pod/box --timeout=60s
kubectl exec box -- sh -c 'touch /tmp/empty; stat /tmp/empty'
kubectl exec box -- stat /var/run/secrets/kubernetes.io/serviceaccount/token
kubectl exec box -- stat /nosuch
