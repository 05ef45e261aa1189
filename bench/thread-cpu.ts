import { readFileSync } from 'node:fs';

/**
 * CPU time of the calling thread alone, in ms, from Linux's /proc/thread-self/stat (utime + stime, in clock
 * ticks of 10 ms); null elsewhere. `process.cpuUsage()` adds up every thread of the process, which cannot
 * show two workers sharing a file; and on a busy machine whose scheduler shares CPU per process group, wall
 * time cannot either.
 */
export function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
