import { spawn, spawnSync } from 'node:child_process';

export type MillerResult =
  | { ok: true; seconds: number; cpuSeconds: number; maxRssBytes: number }
  | { ok: false; reason: string };

/** `mlr --icsv --ifs ';' summary` on the file under `/usr/bin/time -v`, for its time and peak memory. */
export async function runMiller(path: string, timeoutMs: number): Promise<MillerResult> {
  if (spawnSync('mlr', ['--version']).status !== 0) {
    return { ok: false, reason: 'mlr not found (apt-get install -y miller)' };
  }
  if (spawnSync('/usr/bin/time', ['-v', 'true']).status !== 0) return { ok: false, reason: '/usr/bin/time not found' };
  return new Promise((resolve) => {
    const child = spawn('/usr/bin/time', ['-v', 'mlr', '--icsv', '--ifs', ';', 'summary', path], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal) return resolve({ ok: false, reason: `stopped after ${timeoutMs / 1000} s` });
      const field = (name: string) => new RegExp(`${name}: (.+)`).exec(stderr)?.[1]?.trim();
      const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)');
      const rss = field('Maximum resident set size \\(kbytes\\)');
      if (code !== 0 || !wall || !rss) return resolve({ ok: false, reason: `mlr failed: ${stderr.slice(-300)}` });
      const seconds = wall
        .split(':')
        .map(Number)
        .reduce((total, part) => total * 60 + part, 0);
      const cpuSeconds = Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'));
      resolve({ ok: true, seconds, cpuSeconds, maxRssBytes: Number(rss) * 1024 });
    });
  });
}
