// Vitest global setup for the e2e tests: build the site, serve it under a sub-path, hand
// its URL to the tests, and stop the server afterwards.
import type { TestProject } from 'vitest/node';
import { buildSite, serveSite } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const OUT_DIR = 'test-results/site';

export default async function setup(project: TestProject): Promise<() => void> {
  buildSite(OUT_DIR);
  const served = await serveSite(OUT_DIR);
  project.provide('baseURL', served.url);
  return served.stop;
}
