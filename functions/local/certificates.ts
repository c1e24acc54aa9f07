import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';

/** Key and certificate for the local HTTPS server. */
export interface TlsFiles {
  key: Buffer;
  cert: Buffer;
  /** The certificate authority to trust in the OS so that Excel accepts the local server. */
  caPath: string;
}

/** Days a freshly made local certificate is valid. */
const DAYS_VALID = 365;

/**
 * Returns the local server's certificate, making a self-signed one in `certDir` when none exists.
 * No sudo and no network: only files are written.
 */
export async function ensureCertificates(certDir: string): Promise<TlsFiles> {
  const caPath = path.join(certDir, 'ca.crt');
  const certPath = path.join(certDir, 'localhost.crt');
  const keyPath = path.join(certDir, 'localhost.key');
  if (![caPath, certPath, keyPath].every((file) => existsSync(file))) {
    console.log(`Making a self-signed certificate for localhost in ${certDir} ...`);
    await generateCertificates(caPath, certPath, keyPath, DAYS_VALID, ['127.0.0.1', 'localhost']);
  }
  const [key, cert] = await Promise.all([readFile(keyPath), readFile(certPath)]);
  return { key, cert, caPath };
}
