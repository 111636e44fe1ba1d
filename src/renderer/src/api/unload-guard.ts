// Unsaved changes hold the window open (beforeunload), except when the page reloads itself because
// the case file was locked: then nothing of the case may stay on screen behind a "leave page?"
// question. Whoever reloads for a lock calls allowUnload() first.
let locking = false;

export function allowUnload(): void {
  locking = true;
}

export function unloadAllowed(): boolean {
  return locking;
}
