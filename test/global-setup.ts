/** Runs once before the suite: the local certificate exists before any test file starts a server. */
import path from 'node:path';
import { ensureCertificates } from '../functions/local/certificates';

export default async function globalSetup(): Promise<void> {
  await ensureCertificates(path.resolve(__dirname, '../.certs'));
}
