#!/usr/bin/env node
// The `berkas` command. The code lives in out/cli/berkas.mjs, built from src/cli by `npm install`
// (the `prepare` script) or `npm run build:node`.
import '../out/cli/berkas.mjs';
