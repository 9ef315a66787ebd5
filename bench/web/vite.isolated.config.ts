// The site as the web benchmark serves it (`serveSite(dir, { isolated: true })`): the
// project's Vite config plus COOP/COEP headers, so that the page is cross-origin isolated
// and performance.now() is precise to 5 µs instead of 100 µs (a 60 Hz frame would read
// 16.6–16.8 ms at random). For the benchmark only: the site itself needs no such headers.
import { mergeConfig } from 'vite';
import base from '../../vite.config';

export default mergeConfig(base, {
  preview: {
    headers: {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    },
  },
});
