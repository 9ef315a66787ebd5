// Pod Lab in the browser: paint the page (the terminal takes keys at once), then load the
// engine and build the cluster, or replay the session a shared link describes.
import { mount } from 'svelte';
import App from './App.svelte';
import { lab } from './lib/sandbox.svelte';
import './styles.css';

performance.mark('podlab:script');
const target = document.getElementById('app');
if (!target) throw new Error('Pod Lab: #app is missing from index.html');
mount(App, { target });
performance.mark('podlab:mounted');
// Let the page paint (and take the first keys) before the engine's long first evaluation:
// it starts once the browser is idle after the first frame, at the latest half a second on.
const start = () => void lab.init(location.hash);
requestAnimationFrame(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 500 }) : setTimeout(start, 0)));
if (import.meta.env.DEV) (window as unknown as { podLab: typeof lab }).podLab = lab;
