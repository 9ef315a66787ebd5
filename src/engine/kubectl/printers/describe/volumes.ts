// `Volumes:` in `kubectl describe pod` (describe.go describeVolumes) for the volume
// sources a Pod Lab cluster can have: the projected service-account volume every pod
// gets (`kube-api-access-xxxxx`), emptyDir, hostPath, configMap, secret, downwardAPI
// and persistentVolumeClaim. Cloud and network volume types print `<unknown>`.
import type { PodSpec } from '../../../api/objects';
import { canonicalQuantity, parseQuantity } from '../quantity';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './writer';

type Volume = NonNullable<PodSpec['volumes']>[number];
type Projection = NonNullable<NonNullable<Volume['projected']>['sources']>[number];

function writeProjection(src: Projection, w: PrefixWriter): void {
  if (src.secret) {
    w.write(LEVEL_2, `SecretName:\t${src.secret.name ?? ''}\n    Optional:\t${!!src.secret.optional}\n`);
  } else if (src.downwardAPI) {
    w.write(LEVEL_2, 'DownwardAPI:\ttrue\n');
  } else if (src.configMap) {
    w.write(LEVEL_2, `ConfigMapName:\t${src.configMap.name ?? ''}\n    Optional:\t${!!src.configMap.optional}\n`);
  } else if (src.serviceAccountToken) {
    w.write(LEVEL_2, `TokenExpirationSeconds:\t${src.serviceAccountToken.expirationSeconds ?? 3600}\n`);
  }
}

function writeVolumeSource(v: Volume, w: PrefixWriter): void {
  if (v.hostPath) {
    w.write(
      LEVEL_2,
      `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type || '<none>'}\n`,
    );
  } else if (v.emptyDir) {
    const limit = parseQuantity(v.emptyDir.sizeLimit);
    const sizeLimit = limit && limit.nanos > 0n ? canonicalQuantity(v.emptyDir.sizeLimit) : '<unset>';
    w.write(
      LEVEL_2,
      `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${sizeLimit}\n`,
    );
  } else if (v.secret) {
    w.write(LEVEL_2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ''}\n    Optional:\t${!!v.secret.optional}\n`);
  } else if (v.configMap) {
    w.write(LEVEL_2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ''}\n    Optional:\t${!!v.configMap.optional}\n`);
  } else if (v.persistentVolumeClaim) {
    const c = v.persistentVolumeClaim;
    w.write(
      LEVEL_2,
      `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${c.claimName}\n    ReadOnly:\t${!!c.readOnly}\n`,
    );
  } else if (v.downwardAPI) {
    w.write(LEVEL_2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
    for (const item of v.downwardAPI.items ?? []) {
      if (item.fieldRef) w.write(LEVEL_3, `${item.fieldRef.fieldPath} -> ${item.path}\n`);
      if (item.resourceFieldRef) w.write(LEVEL_3, `${item.resourceFieldRef.resource} -> ${item.path}\n`);
    }
  } else if (v.projected) {
    w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
    for (const src of v.projected.sources ?? []) writeProjection(src, w);
  } else {
    w.write(LEVEL_1, '<unknown>\n');
  }
}

/** `space`: the extra indentation of the title under `Pod Template:`. */
export function describeVolumes(volumes: Volume[] | undefined, w: PrefixWriter, space = ''): void {
  if (!volumes || volumes.length === 0) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(LEVEL_1, `${space ? ' ' : ''}${v.name}:\n`);
    writeVolumeSource(v, w);
  }
}
