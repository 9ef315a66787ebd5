/**
 * Images that behave: references, the registry catalog, container processes and
 * `docker build`. The actors (registry, containerRuntime, laptop) run this data and logic.
 */
export { parseImageRef, invalidImageNameMessage, repositoryName, type ImageRef, type ParseImageRefResult } from './reference';
export { defaultCatalog, lookupImage } from './catalog';
export type { ImageConfig, ImageManifest, Layer, ShellFlavour } from './types';
export { digestOf, shortId } from './digest';
export {
  behaviourFor,
  effectiveArgv,
  execCommand,
  execFailure,
  registerCommand,
  startFailure,
  type Behaviour,
  type CommandImpl,
  type CommandIO,
  type Effect,
  type FileView,
  type HttpRequest,
  type HttpResponse,
  type ProcessContext,
  type Program,
  type Server,
  type SigtermAction,
} from './process';
export { buildImage, buildOutput, KUBIA_APP_JS, type BuildInput, type BuildResult, type BuildStep, type BuildMeta } from './dockerfile';
export { KUBIA_DOCKERFILE } from './entries/apps';
export { humanSize } from './build/output';
