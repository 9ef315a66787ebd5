# Builds that fail, with BuildKit's words: a missing Dockerfile, a misspelt instruction,
# a file the context does not have, a base image the registry does not have.
docker build -t kubia -f Dockerfile.prod .
echo $?
cat > Dockerfile <<'EOF2'
FROM node:7
ADDD app.js /app.js
ENTRYPOINT ["node", "app.js"]
EOF2
docker build -t kubia .
echo $?
cat > Dockerfile <<'EOF2'
FROM nodejs:7
ADD app.js /app.js
ENTRYPOINT ["node", "app.js"]
EOF2
docker build -t kubia .
cat > Dockerfile <<'EOF2'
FROM node:7
ADD server.js /app.js
ENTRYPOINT ["node", "app.js"]
EOF2
docker build -q -t kubia .
docker build -t Kubia .
docker images
