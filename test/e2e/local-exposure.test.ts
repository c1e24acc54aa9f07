/**
 * What `npm start` exposes (issue 13): the HTTPS server listens on loopback only; DynamoDB Local, which
 * cannot, is named in a warning, runs without telemetry and with a CORS allow-list no page matches; the
 * server's answers carry CloudFront's security headers, HSTS aside. Sockets are read from /proc, and only
 * loopback addresses are ever connected to.
 */
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { request } from 'node:http';
import { CORS_ALLOWED_ORIGIN } from '../../functions/local/dynamodb-local';
import { only, synthesize } from '../infra/synth';
import { fetchLocal, startLocalServer, type LocalServerProcess } from '../helpers/local-server';

// The server starts a DynamoDB Local of its own (Java), and the stack is synthesized once.
jest.setTimeout(120_000);

interface Listener {
  address: string;
  port: number;
}

/** `/proc/net/tcp` addresses: little-endian hex per 32-bit word. */
function decodeAddress(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((word) =>
    (word.match(/../g) ?? []).reverse().map((byte) => parseInt(byte, 16)),
  );
  if (bytes.length === 4) return bytes.join('.');
  if (bytes.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff)
    return `::ffff:${bytes.slice(12).join('.')}`;
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  return groups.join(':');
}

/** Listening TCP sockets of the machine, by socket inode. */
function listeningSockets(): Map<string, Listener> {
  const sockets = new Map<string, Listener>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [local = '', state = '', inode = ''] = [fields[1], fields[3], fields[9]];
      if (state !== '0A') continue; // TCP_LISTEN
      const [hex = '', port = ''] = local.split(':');
      sockets.set(inode, { address: decodeAddress(hex), port: parseInt(port, 16) });
    }
  }
  return sockets;
}

/** The TCP sockets process `pid` listens on. */
function listenersOf(pid: number): Listener[] {
  const sockets = listeningSockets();
  const found: Listener[] = [];
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    let target: string;
    try {
      target = readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      continue; // closed meanwhile
    }
    const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
    const listener = inode === undefined ? undefined : sockets.get(inode);
    if (listener) found.push(listener);
  }
  return found;
}

/** Child processes of `pid`. */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid ...: comm may hold spaces and parentheses, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === pid) children.push(Number(entry));
  }
  return children;
}

const cmdline = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);

const isLoopback = (address: string) =>
  /^127\./.test(address) || address === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(address);

/** A CORS preflight to DynamoDB Local on loopback; resolves with the answer's headers. */
function preflight(port: number, origin: string): Promise<Record<string, string | string[] | undefined>> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/',
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,x-amz-target',
        },
      },
      (response) => {
        response.resume();
        response.once('end', () => resolve(response.headers));
      },
    );
    req.once('error', reject);
    req.end();
  });
}

/** The headers CloudFront adds, read back from the synthesized response-headers policy. */
function cloudFrontHeaders(): Record<string, string> {
  const { template } = synthesize('prod');
  const config = (
    only(template, 'AWS::CloudFront::ResponseHeadersPolicy').resource.Properties as {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: {
          ContentSecurityPolicy?: { ContentSecurityPolicy: string };
          ContentTypeOptions?: object;
          ReferrerPolicy?: { ReferrerPolicy: string };
          FrameOptions?: { FrameOption: string };
          StrictTransportSecurity?: { AccessControlMaxAgeSec: number; IncludeSubdomains?: boolean };
        };
        CustomHeadersConfig?: { Items: { Header: string; Value: string }[] };
      };
    }
  ).ResponseHeadersPolicyConfig;
  const security = config.SecurityHeadersConfig;
  const headers: Record<string, string> = {};
  if (security.ContentSecurityPolicy)
    headers['content-security-policy'] = security.ContentSecurityPolicy.ContentSecurityPolicy;
  if (security.ContentTypeOptions) headers['x-content-type-options'] = 'nosniff';
  if (security.ReferrerPolicy) headers['referrer-policy'] = security.ReferrerPolicy.ReferrerPolicy;
  if (security.FrameOptions) headers['x-frame-options'] = security.FrameOptions.FrameOption;
  if (security.StrictTransportSecurity) {
    const hsts = security.StrictTransportSecurity;
    headers['strict-transport-security'] =
      `max-age=${hsts.AccessControlMaxAgeSec}${hsts.IncludeSubdomains ? '; includeSubDomains' : ''}`;
  }
  for (const item of config.CustomHeadersConfig?.Items ?? []) headers[item.Header.toLowerCase()] = item.Value;
  return headers;
}

describe('npm start with its own DynamoDB Local', () => {
  let server: LocalServerProcess;
  let javaPid: number;
  let storePort: number;
  beforeAll(async () => {
    server = await startLocalServer({ DYNAMODB_ENDPOINT: '', SPRING_STORE: 'memory', SPRING_SEED: 'false' });
    const java = childrenOf(server.child.pid as number).filter((pid) => cmdline(pid)[0] === 'java');
    if (java.length !== 1) throw new Error(`expected one java child, found ${java.length}`);
    javaPid = java[0] as number;
    storePort = Number(/-port\0(\d+)/.exec(readFileSync(`/proc/${javaPid}/cmdline`, 'utf8'))?.[1]);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves HTTPS on loopback only', () => {
    const listeners = listenersOf(server.child.pid as number);

    expect(listeners.map((listener) => listener.port)).toContain(Number(new URL(server.url).port));
    expect(listeners.filter((listener) => !isLoopback(listener.address))).toEqual([]);
  });

  it("warns that the store's port is open to the network, naming it and the README section", () => {
    const listeners = listenersOf(javaPid);

    // DynamoDB Local has no bind option: the very port the warning names is on every interface.
    expect(listeners).toContainEqual({ address: expect.not.stringMatching(/^127\./), port: storePort });
    expect(server.output()).toContain(`DynamoDB Local's port ${storePort} is open to the network`);
    expect(server.output()).toContain('README, "Keeping the local store local"');
  });

  it('runs DynamoDB Local without telemetry and with a CORS allow-list of one unmatchable origin', () => {
    const args = cmdline(javaPid);

    expect(args).toContain('-disableTelemetry');
    expect(args).toContain('-sharedDb');
    expect(args).toContain('-inMemory');
    expect(args[args.indexOf('-cors') + 1]).toBe(CORS_ALLOWED_ORIGIN);
    expect(CORS_ALLOWED_ORIGIN).toMatch(/^https:\/\/[a-z.-]+\.invalid$/);
  });

  it("gives a web page's preflight to the store no Access-Control-Allow-Origin", async () => {
    const evil = await preflight(storePort, 'https://evil.example');
    const allowed = await preflight(storePort, CORS_ALLOWED_ORIGIN);

    expect(evil['access-control-allow-origin']).toBeUndefined();
    // The allow-list is what decides: the one origin on it is answered.
    expect(allowed['access-control-allow-origin']).toBe(CORS_ALLOWED_ORIGIN);
  });

  it("sends CloudFront's security headers on pages and API answers, except HSTS", async () => {
    const expected = cloudFrontHeaders();
    const { ['strict-transport-security']: hsts, ...withoutHsts } = expected;
    const answers = await Promise.all(
      ['/taskpane.html', '/v1/health', '/no-such-file.js'].map((path) => fetchLocal(`${server.url}${path}`)),
    );

    expect(hsts).toMatch(/^max-age=\d+/);
    expect(Object.keys(withoutHsts).sort()).toEqual([
      'content-security-policy',
      'referrer-policy',
      'x-content-type-options',
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 404]);
    for (const answer of answers) {
      const sent = Object.fromEntries(
        Object.keys(withoutHsts).map((name) => [name, answer.headers.get(name)]),
      );
      expect(sent).toEqual(withoutHsts);
      expect(answer.headers.get('strict-transport-security')).toBeNull();
      expect(answer.headers.get('x-frame-options')).toBeNull();
    }
  });
});
