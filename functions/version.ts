import { version } from '../package.json';

/** Version of the app, as package.json says; the build inlines it. */
export const APP_VERSION: string = version;
