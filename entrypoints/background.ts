export default defineBackground(() => {
  // Wired up in the extension issue: context menu, shortcut, badge.
});
