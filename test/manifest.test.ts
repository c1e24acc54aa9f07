import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { ROOT } from './helpers/local-server';

const MANIFEST = path.join(ROOT, 'manifest.xml');

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true });
const manifest = parser.parse(readFileSync(MANIFEST, 'utf8')) as { OfficeApp: Node };

/** Follows a path of element names through the parsed manifest. */
function at(node: unknown, ...names: string[]): Node {
  return names.reduce((current, name) => (current as Node)[name] as Node, node as Node);
}

const host = at(manifest.OfficeApp, 'VersionOverrides', 'Hosts', 'Host');
const urls = at(manifest.OfficeApp, 'VersionOverrides', 'Resources', 'Urls', 'Url') as unknown as Node[];
const strings = at(
  manifest.OfficeApp,
  'VersionOverrides',
  'Resources',
  'ShortStrings',
  'String',
) as unknown as Node[];
const urlOf = (id: unknown) => urls.find((url) => url['@id'] === id)?.['@DefaultValue'];

describe('manifest.xml', () => {
  it('is well-formed XML (xmllint)', () => {
    expect(() => execFileSync('xmllint', ['--noout', MANIFEST], { stdio: 'pipe' })).not.toThrow();
  });

  it('requires the SharedRuntime 1.1 requirement set, and ExcelApi 1.8 for the dashboard charts', () => {
    const sets = at(manifest.OfficeApp, 'Requirements', 'Sets', 'Set') as unknown as Node[];

    expect(sets).toEqual([
      { '@Name': 'SharedRuntime', '@MinVersion': '1.1' },
      { '@Name': 'ExcelApi', '@MinVersion': '1.8' },
    ]);
  });

  it('runs the task pane and the custom functions in one long-lived runtime on taskpane.html', () => {
    const runtime = at(host, 'Runtimes', 'Runtime');
    const functions = at(host, 'AllFormFactors', 'ExtensionPoint');
    const button = at(host, 'DesktopFormFactor', 'ExtensionPoint', 'OfficeTab', 'Group', 'Control', 'Action');

    expect(runtime['@lifetime']).toBe('long');
    expect(functions['@type']).toBe('CustomFunctions');
    expect(at(functions, 'Page', 'SourceLocation')['@resid']).toBe(runtime['@resid']);
    expect(at(button, 'SourceLocation')['@resid']).toBe(runtime['@resid']);
    expect(at(host, 'DesktopFormFactor', 'FunctionFile')['@resid']).toBe(runtime['@resid']);
    expect(urlOf(runtime['@resid'])).toBe('https://localhost:3000/taskpane.html');
  });

  it('declares the SPRING namespace and the built functions files', () => {
    const functions = at(host, 'AllFormFactors', 'ExtensionPoint');
    const namespaceId = at(functions, 'Namespace')['@resid'];

    expect(strings.find((s) => s['@id'] === namespaceId)?.['@DefaultValue']).toBe('SPRING');
    expect(urlOf(at(functions, 'Script', 'SourceLocation')['@resid'])).toBe(
      'https://localhost:3000/functions.js',
    );
    expect(urlOf(at(functions, 'Metadata', 'SourceLocation')['@resid'])).toBe(
      'https://localhost:3000/functions.json',
    );
  });

  it('sends users who want help to the help page, not to the task pane', () => {
    const learnMore = at(host, 'DesktopFormFactor', 'GetStarted', 'LearnMoreUrl')['@resid'];

    expect(at(manifest.OfficeApp, 'SupportUrl')['@DefaultValue']).toBe('https://localhost:3000/support.html');
    expect(urlOf(learnMore)).toBe('https://localhost:3000/support.html');
  });

  it('has one ShowTaskpane action, with a TaskpaneId (the shared runtime has one task pane)', () => {
    const actions: Node[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'Action') actions.push(...([value].flat() as Node[]));
        else collect(value);
      }
    };
    collect(manifest.OfficeApp);

    expect(actions).toHaveLength(1);
    expect(actions[0]?.['@type']).toBe('ShowTaskpane');
    expect(actions[0]?.TaskpaneId).toBe('Spring.Taskpane');
  });
});
