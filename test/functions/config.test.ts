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
      store: { kind: 'disk' },
      table: 'spring',
      seed: true,
    });
  });

  it('takes the store from SPRING_STORE, or any DynamoDB from DYNAMODB_ENDPOINT', () => {
    expect(readLocalConfig({ SPRING_STORE: 'memory' }, ROOT).store).toEqual({ kind: 'memory' });
    expect(readLocalConfig({ DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' }, ROOT).store).toEqual({
      kind: 'endpoint',
      endpoint: 'http://127.0.0.1:8000',
    });
    expect(readLocalConfig({ SPRING_TABLE: 'spring_test', SPRING_SEED: 'false' }, ROOT)).toMatchObject({
      table: 'spring_test',
      seed: false,
    });
  });

  it.each([
    [{ SPRING_STORE: 'cloud' }, 'SPRING_STORE must be "disk" (the default) or "memory", not "cloud"'],
    [
      { DYNAMODB_ENDPOINT: 'localhost:8000' },
      'DYNAMODB_ENDPOINT must be a URL such as http://127.0.0.1:8000, not "localhost:8000"',
    ],
    [{ SPRING_TABLE: 'ab' }, `SPRING_TABLE must be 3 to 255 letters, digits, '_', '-' or '.', not "ab"`],
    [{ SPRING_SEED: 'maybe' }, 'SPRING_SEED must be true or false, not "maybe"'],
  ])('refuses %j with a message saying what is allowed', (env, message) => {
    expect(() => readLocalConfig(env, ROOT)).toThrow(message);
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
