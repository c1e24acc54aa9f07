import { AGREEMENT_KINDS, PARTNERSHIP_KINDS, ROLES } from '../../../shared/schemas';

describe('constants', () => {
  it('counts as partnerships every agreement kind but agent and distributor', () => {
    // prepare / act
    const salesChannels = AGREEMENT_KINDS.filter(
      (kind) => !(PARTNERSHIP_KINDS as readonly string[]).includes(kind),
    );
    // assess
    expect(salesChannels).toEqual(['agent', 'distributor']);
  });

  it('orders roles from least to most privileged', () => {
    expect(ROLES).toEqual(['officer', 'finance', 'admin']);
  });
});
