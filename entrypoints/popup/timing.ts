// Timing marks (epoch ms, comparable with the clock of the process that clicked the toolbar button), read by
// the end-to-end tests and `npm run bench`: navigation (document created), script (first script running),
// extractStart, injected (the page's answer arrived), inPageMs (time spent inside the page), app (the app's
// code running), extractEnd (answer complete with people and agreements), digest (first painted), settled.
export const timing: Record<string, number> = { navigation: Math.round(performance.timeOrigin), script: Date.now() };
(globalThis as unknown as { __tinGonTiming: Record<string, number> }).__tinGonTiming = timing;
