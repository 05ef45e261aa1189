import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificate {
  key: string;
  cert: string;
}

/**
 * A throw-away self-signed certificate for the replayed portal hosts, made for each run so that no private key
 * is ever committed. Chromium is started with `--ignore-certificate-errors`, but the SANs still name every host
 * so that the certificate is a correct one for what it serves.
 */
export function makeCertificate(
  hosts: readonly string[],
  openssl = process.env.OPENSSL_PATH ?? 'openssl',
): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-e2e-cert-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const san = ['DNS:localhost', 'IP:127.0.0.1', ...hosts.map((h) => `DNS:${h}`)].join(',');
  try {
    execFileSync(
      openssl,
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-sha256',
        '-days',
        '2',
        '-subj',
        '/CN=provenance-e2e',
        '-addext',
        `subjectAltName=${san}`,
        '-keyout',
        keyPath,
        '-out',
        certPath,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`could not make the e2e TLS certificate with "${openssl}" (is openssl installed?): ${detail}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
