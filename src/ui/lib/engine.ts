// Everything the UI calls in the engine at run time, in one module, so the page can load it
// with a dynamic import after the terminal is already on screen.
export {
  createSandbox,
  podStatusReason,
  podReady,
  parseManifests,
  decodeDoc,
  validateObject,
  unknownFields,
  fieldErrorText,
  podWorkerMachine,
  containerWorkerMachine,
  loadEngineParts,
  enginePartsLoaded,
  needsEngineParts,
} from '../../engine';
export { RESOURCES } from '../../engine/api/resources';
export { toYaml } from '../../engine/kubectl/printers';
export { scenarioFor } from './scenarios';
