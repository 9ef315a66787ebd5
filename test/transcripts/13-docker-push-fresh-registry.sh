# scenario: fresh-registry.yaml
# Step 2 against a registry that has never seen luksa/kubia: every layer is uploaded.
# Pushing again finds them all there.
docker build -q -t kubia .
docker tag kubia luksa/kubia
docker push luksa/kubia
docker push luksa/kubia
docker pull luksa/kubia
