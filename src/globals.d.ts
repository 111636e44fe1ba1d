// Replaced at build time with the version from package.json (esbuild and electron-vite `define`).
declare const __BERKAS_VERSION__: string;
