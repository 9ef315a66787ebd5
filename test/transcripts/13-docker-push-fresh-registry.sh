# scenario: fresh-registry.yaml
# Step 2 against a registry that has never seen luksa/kubia: the app.js layer is uploaded;
# node:7's layers, pulled from library/node for the build, are mounted from there.
# Pushing again finds them all there.
docker build -q -t kubia .
docker tag kubia luksa/kubia
docker push luksa/kubia
docker push luksa/kubia
docker pull luksa/kubia
