# What an image really holds: Debian's release and account files in nginx:1.27 (bookworm,
# merged /usr: /bin is a link), nginx.org's configuration and the log files linked to the
# container's stdout and stderr; busybox's buildroot accounts and /bin of hard links to one
# binary. The image's files are shared, not copied: a write lands in the container's layer.
kubectl run n --image=nginx:1.27
kubectl run b --image=busybox:1.36 --restart=Never -- sleep 3600
kubectl wait --for=condition=Ready pod/n pod/b
kubectl exec n -- cat /etc/os-release
kubectl exec n -- ls /etc
kubectl exec n -- ls -l /bin /etc/os-release /etc/shadow
kubectl exec n -- cat /etc/debian_version /etc/issue.net
kubectl exec n -- ls /etc/nginx /docker-entrypoint.d
kubectl exec n -- cat /etc/nginx/nginx.conf
kubectl exec n -- cat /etc/nginx/conf.d/default.conf
kubectl exec n -- wc -l /etc/passwd
kubectl exec n -- tail -2 /etc/passwd
kubectl exec n -- ls -l /var/log/nginx
kubectl exec n -- which nginx ls sh
kubectl exec n -- ls -l /usr/bin/ls /usr/bin/sh /usr/sbin/nginx
kubectl exec n -- cat /docker-entrypoint.sh
kubectl exec b -- cat /etc/os-release
kubectl exec b -- ls /etc
kubectl exec b -- sh -c 'ls -l /bin | head -5'
kubectl exec b -- wc -l /etc/passwd
kubectl exec b -- which ls nginx
kubectl exec b -- sh -c 'echo root:x:0:0:me:/root:/bin/sh > /etc/passwd; head -1 /etc/passwd; rm /etc/group; cat /etc/group'
kubectl exec b -- head -1 /etc/passwd
