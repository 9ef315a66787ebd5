// Image references as the API server's defaulting reads them (pkg/util/parsers
// ParseImageName over the distribution reference grammar): `nginx` has tag latest,
// `nginx:1.27` tag 1.27, `nginx@sha256:…` a digest and no tag, `My_Image` does not parse.

const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}';
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);

export interface ImageRef {
  name: string;
  tag: string;
  digest: string;
}

/** The reference's parts, with tag `latest` when neither tag nor digest is given; undefined if it does not parse. */
export function parseImageRef(image: string): ImageRef | undefined {
  const m = REFERENCE.exec(image);
  if (!m || image.length > 255) return undefined;
  const tag = m[2] ?? '';
  const digest = m[3] ?? '';
  return { name: m[1] ?? '', tag: tag || digest ? tag : 'latest', digest };
}

/** SetDefaults_Container: Always for `:latest` (or no tag), IfNotPresent otherwise. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  return parseImageRef(image)?.tag === 'latest' ? 'Always' : 'IfNotPresent';
}
