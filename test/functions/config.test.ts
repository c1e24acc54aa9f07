import path from 'node:path';
import { ConfigError, readLocalConfig } from '../../functions/config';

const ROOT = '/srv/spring';

describe('readLocalConfig', () => {
  it('defaults to port 3000 and folders inside the project', () => {
    const config = readLocalConfig({}, ROOT);

    expect(config).toEqual({
      port: 3000,
      dataDir: path.join(ROOT, '.data'),
      certDir: path.join(ROOT, '.certs'),
      addinDir: path.join(ROOT, 'dist/addin'),
      officeJsDir: path.join(ROOT, 'node_modules/@microsoft/office-js/dist'),
    });
  });

  it('takes PORT, SPRING_DATA_DIR and SPRING_CERT_DIR from the environment', () => {
    const config = readLocalConfig(
      { PORT: '3443', SPRING_DATA_DIR: '/tmp/d', SPRING_CERT_DIR: 'certs' },
      ROOT,
    );

    expect(config.port).toBe(3443);
    expect(config.dataDir).toBe('/tmp/d');
    expect(config.certDir).toBe(path.join(ROOT, 'certs'));
  });

  it.each(['abc', '-1', '65536', '80.5'])('refuses PORT=%s with a message saying what is allowed', (port) => {
    const read = () => readLocalConfig({ PORT: port }, ROOT);

    expect(read).toThrow(ConfigError);
    expect(read).toThrow(`PORT must be a whole number from 0 to 65535, not "${port}"`);
  });
});
