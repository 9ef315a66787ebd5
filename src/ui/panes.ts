// What the page shows beside the terminal: loaded after the first paint, so that the first
// thing on screen is a terminal that takes keys (the stage's D3, the lessons and the side
// views are most of the page's code and of its first layout).
export { default as HelpOverlay } from './components/HelpOverlay.svelte';
export { default as LessonPane } from './components/LessonPane.svelte';
export { default as SidePane } from './components/SidePane.svelte';
export { default as StageArea } from './components/StageArea.svelte';
