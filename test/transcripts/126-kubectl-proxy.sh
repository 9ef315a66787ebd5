# kubectl proxy serves the API server on the laptop's loopback with kubectl's credentials:
# curl reads the REST API by path, the way kubectl itself talks to it. The API server
# indents its JSON for curl; a path outside the API gets Go's 404 page.
kubectl run web --image=nginx:1.27
kubectl proxy &
sleep 1
curl -s localhost:8001/api/v1/namespaces/default/pods/web | head -12
curl -s localhost:8001/api/v1/namespaces/default/pods/nope
curl -s -o /dev/null -w '%{http_code}\n' localhost:8001/api/v1/namespaces/default/pods
curl -s localhost:8001/healthz
echo
curl -s localhost:8001/foo
curl -s localhost:8001/apis/batch
# A second proxy finds the port taken.
kubectl proxy
kill %1
