// The short names both generators give kubernetes-models' long type names
// (`IIoK8sApiCoreV1PodSpec` → `PodSpec`), so the field map and the explain docs name a type
// the same way: core and apimachinery types keep the Go name; when two other API groups
// share a name, each gets its group as a prefix.

const VERSIONED = /^IIoK8s(Api|Apimachinery)\w*?V\d+(?:(?:alpha|beta)\d+)?(?=[A-Z])/;
/** Quantity and IntOrString live in apimachinery's pkg/api and pkg/util, without a version. */
const UNVERSIONED = /^IIoK8sApimachineryPkg(Api|Util)\w*?(?=Quantity|IntOrString)/;

export function shortNames(longNames: Iterable<string>, opts: { unversioned?: boolean } = {}): Map<string, string> {
  const byShort = new Map<string, string[]>();
  for (const long of longNames) {
    let short = long.replace(VERSIONED, '');
    if (opts.unversioned) short = short.replace(UNVERSIONED, '');
    byShort.set(short, [...(byShort.get(short) ?? []), long]);
  }
  const out = new Map<string, string>();
  for (const [short, longs] of byShort) {
    for (const long of longs) {
      const core = long.startsWith('IIoK8sApiCoreV1') || long.startsWith('IIoK8sApimachinery');
      out.set(long, longs.length === 1 || core ? short : `${/^IIoK8sApi(\w+?)V\d/.exec(long)?.[1]}.${short}`);
    }
  }
  return out;
}
