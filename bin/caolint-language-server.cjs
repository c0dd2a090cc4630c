#!/usr/bin/env node
'use strict';
// The language server bundle: shipped prebuilt in the npm package (see .npmignore); in
// a clone, `npm ci` builds it (the `prepare` script), as does `npm run build`.
require('../dist/server.cjs');
