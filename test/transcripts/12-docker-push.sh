# Step 2 against the default registry, which already serves luksa/kubia (the book's
# image): every layer is there, so only the manifest is written.
docker build -q -t kubia .
docker tag kubia luksa/kubia
docker push luksa/kubia
