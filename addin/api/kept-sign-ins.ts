/**
 * Where the add-in keeps a development sign-in between sessions, per service address, so that a saved
 * workbook computes when it opens: `OfficeRuntime.storage` in Office (the storage the custom-functions
 * runtime offers; Microsoft's "Authentication for custom functions without a shared runtime" page,
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-authentication), localStorage in
 * a plain browser (preview mode). Entra sign-ins are kept by MSAL's own cache instead.
 */
import { ROLES, type Role } from '../../shared/schemas';
import type { DevIdentity } from './dev-sign-in';

/** An asynchronous key-value store, as `OfficeRuntime.storage` is. */
export interface KeyValueStore {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

/** A development sign-in as kept: the role (for a new token) and the last token (used while fresh). */
export interface KeptSignIn extends DevIdentity {
  token: string;
}

declare const OfficeRuntime: { storage?: KeyValueStore } | undefined;

/** The runtime's store: OfficeRuntime.storage, else the page's localStorage, else memory only. */
export function runtimeStore(): KeyValueStore {
  if (typeof OfficeRuntime !== 'undefined' && OfficeRuntime?.storage) return OfficeRuntime.storage;
  if (typeof localStorage !== 'undefined') {
    return {
      getItem: async (key) => localStorage.getItem(key),
      setItem: async (key, value) => localStorage.setItem(key, value),
      removeItem: async (key) => localStorage.removeItem(key),
    };
  }
  const memory = new Map<string, string>();
  return {
    getItem: async (key) => memory.get(key) ?? null,
    setItem: async (key, value) => void memory.set(key, value),
    removeItem: async (key) => void memory.delete(key),
  };
}

const keyFor = (serviceUrl: string) => `spring-workbench.sign-in.${serviceUrl}`;

/** The development sign-ins kept per service address. */
export class KeptSignIns {
  constructor(private readonly store: KeyValueStore) {}

  async get(serviceUrl: string): Promise<KeptSignIn | undefined> {
    const text = await this.store.getItem(keyFor(serviceUrl)).catch(() => null);
    if (!text) return undefined;
    try {
      const kept = JSON.parse(text) as Partial<KeptSignIn>;
      return ROLES.includes(kept.role as Role) && typeof kept.token === 'string'
        ? {
            role: kept.role as Role,
            ...(typeof kept.name === 'string' && kept.name ? { name: kept.name } : {}),
            token: kept.token,
          }
        : undefined;
    } catch {
      return undefined;
    }
  }

  set(serviceUrl: string, kept: KeptSignIn): Promise<void> {
    return this.store.setItem(keyFor(serviceUrl), JSON.stringify(kept));
  }

  forget(serviceUrl: string): Promise<void> {
    return this.store.removeItem(keyFor(serviceUrl));
  }
}
