/**
 * Mozilla's add-ons linter (the checks addons.mozilla.org runs on upload) over the Firefox build. Any error or
 * warning fails, except the ones listed in THIRD_PARTY below, each naming the library it comes from.
 * Run with `npm run lint:firefox` after `npm run build:firefox`.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BUILD = resolve(ROOT, process.argv[2] ?? '.output/firefox-mv3');
const LINTER = resolve(ROOT, 'node_modules/.bin/addons-linter');

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface Allowance {
  code: string;
  library: string;
  /** True when the source around the message is that library's code, and not ours. */
  matches(source: string): boolean;
}

/**
 * Preact's renderer assigns `innerHTML` only to honour a `dangerouslySetInnerHTML` prop, which no component of
 * ours passes (SECURITY.md, "Rendering"; tests/unit/security/no-raw-html.test.ts keeps it so). The minified
 * code keeps the prop's name right before the assignment, which is how the warning is recognised as Preact's.
 */
const THIRD_PARTY: Allowance[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'preact (diff: dangerouslySetInnerHTML)',
    matches: (source) => source.includes('dangerouslySetInnerHTML') && source.includes('.__html'),
  },
];

/** The 400 characters before the message's position: enough to see which code it is in a minified line. */
function sourceBefore(message: LinterMessage): string {
  if (!message.file || message.line === undefined) return '';
  const lines = readFileSync(join(BUILD, message.file), 'utf8').split('\n');
  const line = lines[message.line - 1] ?? '';
  const end = message.column ?? line.length;
  return line.slice(Math.max(0, end - 400), end + 40);
}

async function main(): Promise<number> {
  if (!existsSync(join(BUILD, 'manifest.json'))) {
    console.error(`no Firefox build in ${BUILD}: run "npm run build:firefox" first`);
    return 1;
  }
  // The linter exits non-zero on errors; its JSON report on stdout is what we read either way.
  const run = await promisify(execFile)(LINTER, ['--output', 'json', BUILD], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  const report = JSON.parse(run.stdout) as { errors: LinterMessage[]; warnings: LinterMessage[] };
  const problems: string[] = [];
  const allowed: string[] = [];
  for (const [kind, messages] of [
    ['error', report.errors],
    ['warning', report.warnings],
  ] as const) {
    for (const m of messages) {
      const where = `${m.file ?? 'manifest'}${m.line === undefined ? '' : `:${m.line}:${m.column ?? 0}`}`;
      const allowance = kind === 'warning' && THIRD_PARTY.find((a) => a.code === m.code && a.matches(sourceBefore(m)));
      if (allowance) allowed.push(`  ${m.code} at ${where}: ${allowance.library}`);
      else problems.push(`  ${kind} ${m.code} at ${where}: ${m.message}`);
    }
  }
  if (allowed.length > 0) console.log(`addons-linter: allowed third-party warnings:\n${allowed.join('\n')}`);
  if (problems.length > 0) {
    console.error(`addons-linter: ${problems.length} problem(s) in ${BUILD}:\n${problems.join('\n')}`);
    return 1;
  }
  console.log(`addons-linter: no errors, no warnings of ours in ${BUILD}`);
  return 0;
}

process.exitCode = await main();
