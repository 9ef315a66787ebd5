# docker pull, as Docker 28 prints it without a terminal, and its errors.
docker pull nginx
docker pull nginx
docker pull nginx:9.9
docker pull luksa/kubiaa
docker pull -q busybox
docker images
docker rmi nginx
