// Every Node test runs against the whole engine: the parts the browser loads after a first
// command (src/engine/parts.ts) are loaded before any test does.
import { loadEngineParts } from '../src/engine/parts';

await loadEngineParts();
