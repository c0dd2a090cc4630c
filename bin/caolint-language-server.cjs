#!/usr/bin/env node
'use strict';
// The language server is bundled by `npm run build` (run automatically by `npm ci` / `npm install`).
require('../dist/server.cjs');
