// The app, loaded by the entry (main.ts) while the boot terminal of index.html takes keys:
// mount the header and the terminal (which takes the boot terminal over), then load the other
// panes, then the engine, and build the cluster or replay the session a shared link describes.
import { mount } from 'svelte';
import App from './App.svelte';
import { whenIdle } from './lib/quiet';
import { lab } from './lib/sandbox.svelte';
import { shell } from './lib/shell.svelte';
import './styles.css';

const target = document.getElementById('app');
if (!target) throw new Error('Pod Lab: #app is missing from index.html');
mount(App, { target });
performance.mark('podlab:mounted');

// The panes come once the app has painted; the lessons among them must be there before
// the engine starts, to open the lesson a shared link names.
async function rest(): Promise<void> {
  await shell.load();
  performance.mark('podlab:panes');
  await lab.init(location.hash);
}
requestAnimationFrame(() => whenIdle(() => void rest()));
if (import.meta.env.DEV) (window as unknown as { podLab: typeof lab }).podLab = lab;
