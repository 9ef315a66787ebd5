# ls -l in a container: GNU coreutils in a Debian-based image (nginx), busybox's applet in
# busybox. The image's files carry the time the image was built; what the container writes,
# the time of the write; `total` counts 1K blocks of the node's 4K ones.
kubectl run web --image=nginx:1.29
kubectl wait --for=condition=Ready pod/web --timeout=60s
kubectl exec web -- ls -l /usr/share/nginx/html
kubectl exec web -- ls -la /usr/share/nginx/html
kubectl exec web -- ls -lh /usr/share/nginx/html /etc/hosts
kubectl exec web -- ls -ld /tmp /root /etc
sleep 120
kubectl exec web -- sh -c 'echo "written in the container" > /tmp/note; mkdir /tmp/cache; ls -l /tmp'
kubectl exec web -- ls -l /nosuch
kubectl run box --image=busybox:1.36 -- sleep 3600
kubectl wait --for=condition=Ready pod/box --timeout=60s
kubectl exec box -- ls -l /etc
kubectl exec box -- ls -ld /tmp /var
kubectl exec box -- ls -lh /etc/resolv.conf
kubectl exec box -- ls -l /nosuch
# A configMap volume is written by the kubelet's atomic writer: each key is a link into
# ..data, which links to a timestamped directory, so an update swaps one link at once.
kubectl create configmap app-config --from-literal=app.properties='color=blue' --from-literal=mode=dark
cat <<'EOF2' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: cfg
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sleep", "3600"]
    volumeMounts:
    - name: config
      mountPath: /etc/app
  volumes:
  - name: config
    configMap:
      name: app-config
EOF2
kubectl wait --for=condition=Ready pod/cfg --timeout=60s
kubectl exec cfg -- ls -l /etc/app
kubectl exec cfg -- ls -la /etc/app
kubectl exec cfg -- cat /etc/app/app.properties
kubectl exec cfg -- ls -l /var/run/secrets/kubernetes.io/serviceaccount/
# An image with a USER: what its process writes is that user's, and it may write only
# where that user may (/tmp is anyone's; /etc is root's). busybox cuts names at 8 letters.
kubectl run c --image=curlimages/curl -- sleep 3600
kubectl wait --for=condition=Ready pod/c --timeout=60s
kubectl exec c -- sh -c 'echo hi > /tmp/mine; mkdir /tmp/cache; ls -l /tmp'
kubectl exec c -- sh -c 'echo hi > /etc/motd'
# On a terminal (kubectl exec -t) ls prints names in columns; into a pipe, one per line.
kubectl exec -t web -- ls /usr/share/nginx/html
kubectl exec -t web -- sh -c 'ls / | head -3'
kubectl exec -t web -- ls /
# Debian merged /usr: /bin is a link; a trailing slash follows it.
kubectl exec web -- ls -ld /bin /bin/
kubectl exec -t box -- ls /
# An emptyDir shared by two containers: each file keeps the owner who made it, so the
# root container may append to curl_user's file, but curl_user may not overwrite root's.
cat <<'EOF2' | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: share
spec:
  containers:
  - name: app
    image: curlimages/curl
    command: ["sleep", "3600"]
    volumeMounts:
    - name: data
      mountPath: /data
  - name: root
    image: busybox:1.36
    command: ["sleep", "3600"]
    volumeMounts:
    - name: data
      mountPath: /data
  volumes:
  - name: data
    emptyDir: {}
EOF2
kubectl wait --for=condition=Ready pod/share --timeout=60s
kubectl exec share -c app -- sh -c 'echo one > /data/f'
sleep 61
kubectl exec share -c root -- sh -c 'echo two >> /data/f; echo mine > /data/g; ls -la /data'
kubectl exec share -c app -- sh -c 'echo no > /data/g'
