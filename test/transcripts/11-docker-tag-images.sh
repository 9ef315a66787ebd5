# docker tag gives the image more names, in the learner's Docker Hub namespace; every
# name lists the same IMAGE ID. rmi of one name only untags it while others remain.
docker build -q -t kubia .
sleep 90
docker tag kubia luksa/kubia
docker tag kubia luksa/kubia:v1
docker images
docker images -q
docker images luksa/kubia
docker image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}'
docker tag kubia luksa/kubia@sha256:a37cf1805dcaeaf6f6862f20335109681f2647335e4e2d0f9f4ee8a0409beaa8
docker tag nginx luksa/nginx
docker rmi luksa/kubia:v1
docker images
