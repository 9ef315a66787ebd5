# Step 1: the learner builds the kubia image from the Dockerfile and app.js in their
# working directory. BuildKit asks the registry for node:7, downloads its layers, adds
# app.js. A second build asks the registry again but finds every step in its cache.
docker images
cat Dockerfile
docker build -t kubia .
docker images
sleep 60
docker build -t kubia .
