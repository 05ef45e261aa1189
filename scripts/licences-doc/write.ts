/** `npm run docs:licences`: rewrites docs/LICENCES.md from the catalogue (see render.ts). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderLicencesDoc } from './render';

const target = fileURLToPath(new URL('../../docs/LICENCES.md', import.meta.url));
writeFileSync(target, renderLicencesDoc());
console.log(`wrote ${target}`);
