// Pod Lab's engine: a simulated Kubernetes cluster on virtual time. This is its public
// surface for the browser app, the lessons, the CLI and the tests.
export { createSandbox, Sandbox, type SandboxOptions } from './sandbox';
export type { SandboxChange, Job, RunResult, LoggedCommand, LoggedAction, ClusterSnapshot, NodeSnapshot, SandboxSnapshot } from './sandbox';
export { runTranscript } from './sandbox/transcript';
export type { TraceEvent, Step, ObjectRef } from './runtime/trace';
export { traceToJsonLines } from './runtime/trace';
export type { Scenario, ScenarioNode } from './scenario/types';
export { defaultScenario } from './scenario/default';
export { loadScenario } from './scenario/load';
export type { KubeObject, Pod, Node, Service, KubeEvent } from './api/objects';
/** The lifecycle machines the kubelet runs, so a viewer can draw them (they cannot drift). */
export { podWorkerMachine } from './kubelet/podWorker';
export { containerWorkerMachine } from './kubelet/containerWorker';
export { parseManifests, decodeDoc, validateObject, unknownFields, applyDefaults, fieldErrorText } from './manifest';
export { podStatusReason, podReady, podRestarts } from './kubectl/printers';
export { isIncomplete } from './shell';
export { loadEngineParts, enginePartsLoaded, needsEngineParts } from './parts';
