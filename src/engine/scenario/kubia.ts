/**
 * The working directory of seed 000's learner: the kubia app from Kubernetes in Action,
 * its Dockerfile, and the Pod manifest that runs it.
 */
export const KUBIA_DOCKERFILE = `FROM node:7
ADD app.js /app.js
ENTRYPOINT ["node", "app.js"]
`;

export const KUBIA_POD_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: kubia-manual
spec:
  containers:
  - image: luksa/kubia
    name: kubia
    ports:
    - containerPort: 8080
      protocol: TCP
`;
