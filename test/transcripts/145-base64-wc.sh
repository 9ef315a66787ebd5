# The laptop's base64 and wc, as GNU coreutils: a Secret's value decoded the way every
# tutorial does it, an encoding wrapped at 76 columns or not at all, a decode that stops
# at a bad character; wc's counts bare for one count of stdin, in 7-wide columns for
# several, as wide as the total for files, with a total line after two. bash's printf
# builtin: conversions with widths, the format reused for the arguments left, a bad number.
kubectl create secret generic db --from-literal=password='s3cr3t!' --from-literal=user=admin
kubectl get secret db -o jsonpath='{.data.password}' | base64 -d
echo
kubectl get secret db -o jsonpath='{.data.user}' | base64 --decode; echo
echo -n admin | base64
base64 pod.yaml | head -2
base64 -w 0 pod.yaml | wc -c
echo 'YWR!taW4=' | base64 -d
echo " exit $?"
base64 nofile
base64 a b
kubectl get pods -A --no-headers | wc -l
cat pod.yaml | wc
wc pod.yaml
wc -lc pod.yaml Dockerfile
wc -l nofile
printf 'admin' | base64
printf '%-8s %5s|%05d|%x|%%\n' web 80 42 255
printf '%s=%s\n' user admin pass
printf '%d\n' abc
echo " exit $?"
# Containers have base64 too: busybox's applet and Debian's coreutils, each with its own wording.
kubectl run b --image=busybox:1.36 --restart=Never -- sleep 3600
kubectl run n --image=nginx:1.27
kubectl wait --for=condition=Ready pod/b pod/n
kubectl exec b -- sh -c 'echo YWRtaW4= | base64 -d; echo; base64 /nope'
kubectl exec n -- sh -c 'echo -n admin | base64; base64 /nope'
kubectl exec n -- wc -l /etc/passwd /etc/group
kubectl exec n -- sh -c 'cat /etc/passwd | wc -lc'
kubectl exec b -- wc -l /etc/passwd /nope
