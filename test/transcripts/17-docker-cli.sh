# The docker command line: version, unknown commands and flags, argument counts, help,
# and `docker run`, which Pod Lab leaves to the cluster.
docker version
docker -v
docker buidl
echo $?
docker images --bogus
echo $?
docker push
docker rmi
docker run -d -p 8080:8080 luksa/kubia
echo $?
docker tag --help
