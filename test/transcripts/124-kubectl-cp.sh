# kubectl cp is tar at both ends of an exec: into a Pod, `test -d` then the file packed and
# unpacked by `tar -xmf - -C DIR` in the container; out of a Pod, `tar cf - PATH` there and
# the archive unpacked here — the container's tar says so on stderr.
kubectl run web --image=nginx:1.27
kubectl wait --for=condition=Ready pod/web
echo hello > f.txt
kubectl cp f.txt web:/tmp/f.txt
kubectl exec web -- cat /tmp/f.txt
kubectl cp pod.yaml web:/tmp
kubectl exec web -- ls /tmp
kubectl cp web:/etc/hostname hostname.txt
cat hostname.txt
kubectl cp web:/usr/share/nginx/html html
ls html
head -4 html/index.html
# What goes wrong, as kubectl and tar say it.
kubectl cp web:/etc/nope x.txt
echo "exit $?"
kubectl cp web:/etc/hostname .
kubectl cp nope.txt web:/tmp/x
kubectl cp f.txt web2:/tmp/f.txt
kubectl cp f.txt g.txt
kubectl cp web:/a web:/b
kubectl cp f.txt
