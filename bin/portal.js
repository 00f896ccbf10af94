#!/usr/bin/env node
// The `portal` command: runs the compiled CLI (built by `npm run build`, which `npm start` runs first).
require('../dist/src/cli.js');
