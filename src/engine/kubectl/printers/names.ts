// `kubectl get -o name` (cli-runtime NamePrinter): `<kind>/<name>` for the core
// group, `<kind>.<group>/<name>` otherwise — `pod/web`, `deployment.apps/web`.
import type { KubeObject } from '../../api/objects';
import { resourceForName } from '../../api/resources';

export function printNames(resource: string, objs: KubeObject[]): string {
  const info = resourceForName(resource);
  return objs
    .map((obj) => {
      const kind = (obj.kind || info?.kind || resource).toLowerCase();
      const groupVersion = obj.apiVersion || info?.groupVersion || 'v1';
      const slash = groupVersion.indexOf('/');
      const group = slash < 0 ? '' : groupVersion.slice(0, slash);
      return `${group ? `${kind}.${group}` : kind}/${obj.metadata?.name ?? ''}\n`;
    })
    .join('');
}
