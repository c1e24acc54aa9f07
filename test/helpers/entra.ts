import type { EntraAuthConfig } from '../../shared/api/auth';

/** A deployment's Entra settings, as `/auth-config.json` serves them (made-up ids). */
export const ENTRA_CONFIG: EntraAuthConfig = {
  mode: 'entra',
  tenantId: '3f0c7a52-1b6e-4d8a-9c21-5e4f7b8d9a10',
  clientId: '5a7c9e21-3b4d-4e6f-8a1b-2c3d4e5f6a7b',
  scopes: ['api://8d2e6b14-7c3a-4f59-a1e8-0b9c2d4e6f71/access_as_user'],
};
