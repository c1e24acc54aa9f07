import { OUTPUTS } from '../../../infra/lib/spring-workbench-stack';
import { logicalIdOf, synthesize } from '../synth';

const prod = synthesize('prod');

describe('the stack (infra/lib/spring-workbench-stack.ts)', () => {
  it('is named after its environment', () => {
    expect(prod.stack.stackName).toBe('SpringWorkbench-prod');
    expect(synthesize('dev').stack.stackName).toBe('SpringWorkbench-dev');
  });

  it('outputs the site domain, the API URL and the table name', () => {
    const outputs = prod.template.toJSON().Outputs as Record<string, { Value: unknown }>;
    const distribution = logicalIdOf(prod.stack.hosting.distribution);

    expect(Object.keys(outputs).sort()).toEqual(Object.values(OUTPUTS).sort());
    expect(outputs[OUTPUTS.siteDomain]?.Value).toEqual({ 'Fn::GetAtt': [distribution, 'DomainName'] });
    expect(outputs[OUTPUTS.distributionDomain]?.Value).toEqual({
      'Fn::GetAtt': [distribution, 'DomainName'],
    });
    expect(outputs[OUTPUTS.tableName]?.Value).toEqual({ Ref: logicalIdOf(prod.stack.data.table) });
    expect(JSON.stringify(outputs[OUTPUTS.apiUrl]?.Value)).toContain(logicalIdOf(prod.stack.httpApi.api));
  });

  it('outputs the own domain as the site domain when one is given', () => {
    const custom = synthesize('prod', {
      context: {
        domainName: 'spring.example.it',
        certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
      },
    });
    const outputs = custom.template.toJSON().Outputs as Record<string, { Value: unknown }>;

    expect(outputs[OUTPUTS.siteDomain]?.Value).toBe('spring.example.it');
    expect(outputs[OUTPUTS.siteUrl]?.Value).toBe('https://spring.example.it/taskpane.html');
  });

  it('tags every resource with the project and the environment', () => {
    prod.template.hasResourceProperties('AWS::Lambda::Function', {
      Tags: [
        { Key: 'environment', Value: 'prod' },
        { Key: 'project', Value: 'spring-workbench' },
      ],
    });
  });
});
