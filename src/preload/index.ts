// The preload exposes nothing yet; the typed `invoke`/`on` bridge comes with the IPC contract.
export {};
