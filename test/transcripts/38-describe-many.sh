# describe with no name describes every object of the type; -l narrows it; a Service
# shows its selector, ports and endpoints.
kubectl run web --image=nginx --labels=app=web --port=80
kubectl run db --image=nginx --labels=app=db
cat > svc.yaml <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 80
YAML
kubectl apply -f svc.yaml
sleep 10
kubectl describe pods -l app=db
kubectl describe svc web
kubectl describe pods -l app=nothing
kubectl describe deployment web
kubectl describe
