/**
 * Image references, normalised the way Docker and containerd do it
 * (github.com/distribution/reference): `nginx` means `docker.io/library/nginx:latest`,
 * `luksa/kubia` means `docker.io/luksa/kubia:latest`, and a first path element with a
 * `.` or `:` (or `localhost`) is a registry host. The kubelet parses every container
 * image this way before pulling; a name that does not parse never reaches the registry
 * and the pod shows `InvalidImageName`.
 */

export interface ImageRef {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
  /** Fully qualified: `docker.io/library/nginx:latest`, or `…@sha256:…` for a digest. */
  normalized: string;
  /** As `docker` prints it: `nginx:latest`, `luksa/kubia:latest`, `registry.k8s.io/pause:3.10.1`. */
  familiar: string;
}

export type ParseImageRefResult = { ok: true; ref: ImageRef } | { ok: false; error: string };

const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
const DEFAULT_TAG = 'latest';
const NAME_TOTAL_LENGTH_MAX = 255;

// The grammar of regexp.go, piece by piece.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = `${host}(?::[0-9]+)?`;
const tagPat = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;

const referenceRegexp = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const anchoredNameRegexp = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const identifierRegexp = /^[a-f0-9]{64}$/;

/** Splits a familiar name into registry and remainder, as `splitDockerDomain` does. */
function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/');
  if (slash < 0) return [DEFAULT_DOMAIN, OFFICIAL_REPO_PREFIX + name];
  const maybeDomain = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  let domain: string;
  let remainder: string;
  if (maybeDomain === 'localhost') [domain, remainder] = [maybeDomain, rest];
  else if (maybeDomain === LEGACY_DEFAULT_DOMAIN) [domain, remainder] = [DEFAULT_DOMAIN, rest];
  else if (/[.:]/.test(maybeDomain)) [domain, remainder] = [maybeDomain, rest];
  // Namespaces are lower case, so an upper-case first element can only be a host.
  else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remainder] = [maybeDomain, rest];
  else [domain, remainder] = [DEFAULT_DOMAIN, name];
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder;
  return [domain, remainder];
}

/** `reference.Parse` on an already-qualified string. */
function parseQualified(s: string): { ok: true; name: string; tag?: string; digest?: string } | { ok: false; error: string } {
  if (s === '') return { ok: false, error: 'repository name must have at least one component' };
  const m = referenceRegexp.exec(s);
  if (!m) {
    const lower = s.toLowerCase();
    if (lower !== s && referenceRegexp.test(lower)) return { ok: false, error: 'repository name must be lowercase' };
    return { ok: false, error: 'invalid reference format' };
  }
  const name = m[1] ?? '';
  const nameMatch = anchoredNameRegexp.exec(name);
  const path = nameMatch?.[2] ?? name;
  if (path.length > NAME_TOTAL_LENGTH_MAX) {
    return { ok: false, error: `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters` };
  }
  return { ok: true, name, tag: m[2] || undefined, digest: m[3] || undefined };
}

function familiarName(registry: string, repository: string): string {
  if (registry !== DEFAULT_DOMAIN) return `${registry}/${repository}`;
  if (repository.startsWith(OFFICIAL_REPO_PREFIX)) {
    const rest = repository.slice(OFFICIAL_REPO_PREFIX.length);
    if (!rest.includes('/')) return rest;
  }
  return repository;
}

/**
 * Parse an image reference as `ParseNormalizedNamed` + `TagNameOnly` do. Errors read like
 * distribution/reference's (`invalid reference format`,
 * `invalid reference format: repository name (library/Nginx) must be lowercase`).
 */
export function parseImageRef(text: string): ParseImageRefResult {
  let parsed = parsedRefs.get(text);
  if (!parsed) {
    if (parsedRefs.size >= MAX_PARSED) parsedRefs.clear();
    parsed = parse(text);
    parsedRefs.set(text, parsed);
  }
  return parsed;
}

/**
 * Parses remembered by text: every Pod's containers name the same few images, and the
 * kubelet and the runtime parse each one again at every step. A result is shared, so it is
 * never changed; a full table is dropped whole.
 */
const parsedRefs = new Map<string, ParseImageRefResult>();
const MAX_PARSED = 256;

function parse(text: string): ParseImageRefResult {
  if (identifierRegexp.test(text)) {
    return { ok: false, error: `invalid repository name (${text}), cannot specify 64-byte hexadecimal strings` };
  }
  const [domain, remainder] = splitDockerDomain(text);
  const colon = remainder.indexOf(':');
  const remote = colon > -1 ? remainder.slice(0, colon) : remainder;
  if (remote.toLowerCase() !== remote) {
    return { ok: false, error: `invalid reference format: repository name (${remote}) must be lowercase` };
  }
  const parsed = parseQualified(`${domain}/${remainder}`);
  if (!parsed.ok) return parsed;
  const nameMatch = anchoredNameRegexp.exec(parsed.name);
  const registry = nameMatch?.[1] ?? DEFAULT_DOMAIN;
  const repository = nameMatch?.[2] ?? parsed.name;
  const tag = parsed.tag ?? (parsed.digest ? undefined : DEFAULT_TAG);
  const suffix = (tag ? `:${tag}` : '') + (parsed.digest ? `@${parsed.digest}` : '');
  const ref: ImageRef = {
    registry,
    repository,
    normalized: `${registry}/${repository}${suffix}`,
    familiar: familiarName(registry, repository) + suffix,
  };
  if (tag) ref.tag = tag;
  if (parsed.digest) ref.digest = parsed.digest;
  return { ok: true, ref };
}

/** `docker.io/library/nginx` for `nginx:1.27`: the repository a tag or digest lives in. */
export function repositoryName(ref: ImageRef): string {
  return `${ref.registry}/${ref.repository}`;
}

/**
 * The kubelet's event message for an image it cannot parse (reason `InspectFailed`,
 * then `Error: InvalidImageName`), from pkg/kubelet/images/image_manager.go and
 * pkg/util/parsers: `Failed to apply default image tag "x": couldn't parse image name "x": …`.
 * Returns undefined when the image parses.
 */
export function invalidImageNameMessage(image: string): string | undefined {
  const parsed = parseImageRef(image);
  if (parsed.ok) return undefined;
  return `Failed to apply default image tag "${image}": couldn't parse image name "${image}": ${parsed.error}`;
}
