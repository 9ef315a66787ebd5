// Pod volumes (ValidateVolumes): a DNS-label name, unique, exactly one source, and the
// fields the common sources require.
import { duplicate, forbidden, invalid, required } from './fieldErrors';
import { asList, asObj, str, type Obj } from './meta';
import { isDNS1123Label } from './names';
import type { FieldError } from './types';

const SOURCES = [
  'emptyDir', 'hostPath', 'gitRepo', 'gcePersistentDisk', 'awsElasticBlockStore', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'flocker', 'persistentVolumeClaim', 'rbd', 'cinder', 'cephfs', 'quobyte', 'downwardAPI', 'fc', 'flexVolume', 'configMap',
  'azureFile', 'vsphereVolume', 'photonPersistentDisk', 'portworxVolume', 'azureDisk', 'storageos', 'projected', 'scaleIO',
  'csi', 'ephemeral', 'image',
] as const;

const FILE_MODE = 'must be a number between 0 and 0777 (octal), both inclusive';

function validateMode(mode: unknown, path: string): FieldError[] {
  return typeof mode === 'number' && (mode < 0 || mode > 0o777) ? [invalid(path, mode, FILE_MODE)] : [];
}

function validateItems(items: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  asList(items).forEach((raw, i) => {
    const it = asObj(raw);
    const p = `${path}[${i}]`;
    if (!str(it.key)) errs.push(required(`${p}.key`));
    const itemPath = str(it.path);
    if (!itemPath) errs.push(required(`${p}.path`));
    else if (itemPath.startsWith('/')) errs.push(invalid(`${p}.path`, itemPath, 'must be a relative path'));
    errs.push(...validateMode(it.mode, `${p}.mode`));
  });
  return errs;
}

function validateSource(kind: (typeof SOURCES)[number], src: Obj, path: string): FieldError[] {
  switch (kind) {
    case 'hostPath':
      return str(src.path) ? [] : [required(`${path}.path`)];
    case 'secret':
      return [
        ...(str(src.secretName) ? [] : [required(`${path}.secretName`)]),
        ...validateMode(src.defaultMode, `${path}.defaultMode`),
        ...validateItems(src.items, `${path}.items`),
      ];
    case 'configMap': {
      return [
        ...(str(src.name) ? [] : [required(`${path}.name`)]),
        ...validateMode(src.defaultMode, `${path}.defaultMode`),
        ...validateItems(src.items, `${path}.items`),
      ];
    }
    case 'persistentVolumeClaim':
      return str(src.claimName) ? [] : [required(`${path}.claimName`)];
    case 'nfs':
      return [...(str(src.server) ? [] : [required(`${path}.server`)]), ...(str(src.path) ? [] : [required(`${path}.path`)])];
    default:
      return [];
  }
}

function validateVolumeSource(vol: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let count = 0;
  for (const kind of SOURCES) {
    if (vol[kind] === undefined || vol[kind] === null) continue;
    if (count > 0) {
      errs.push(forbidden(`${path}.${kind}`, 'may not specify more than 1 volume type'));
      continue;
    }
    count++;
    errs.push(...validateSource(kind, asObj(vol[kind]), `${path}.${kind}`));
  }
  if (count === 0) errs.push(required(path, 'must specify a volume type'));
  return errs;
}

/** The volumes, plus the set of valid names container volumeMounts may refer to. */
export function validateVolumes(volumes: unknown, path: string): { names: Set<string>; errs: FieldError[] } {
  const names = new Set<string>();
  const errs: FieldError[] = [];
  asList(volumes).forEach((raw, i) => {
    const vol = asObj(raw);
    const p = `${path}[${i}]`;
    const name = str(vol.name);
    const el = validateVolumeSource(vol, p);
    if (!name) el.push(required(`${p}.name`));
    else el.push(...isDNS1123Label(name).map((m) => invalid(`${p}.name`, name, m)));
    if (names.has(name)) el.push(duplicate(`${p}.name`, name));
    if (el.length === 0) names.add(name);
    else errs.push(...el);
  });
  return { names, errs };
}
