// The type of the lazily loaded engine module, for code that holds it once it has loaded.
import type * as Engine from './engine';

export type EngineModule = typeof Engine;
