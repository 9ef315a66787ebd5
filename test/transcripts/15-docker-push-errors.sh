# Pushes that fail: a name with no local image, a tag that does not exist, and the bare
# name `kubia`, which means docker.io/library/kubia — an official repository the learner
# may not write to. Tagging it into their own namespace fixes it.
docker push luksa/kubia
echo $?
docker build -q -t kubia .
docker push kubia
echo $?
docker tag kubia luksa/kubia
docker push luksa/kubia:v1
echo $?
docker push luksa/kubia
echo $?
