#!/usr/bin/env node
// Runs the TypeScript CLI straight from source through tsx, so a fresh clone needs no build step for it.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
