#!/usr/bin/env node
await import('../build.mjs');
