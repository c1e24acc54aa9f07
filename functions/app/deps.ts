/** What the HTTP app needs from the outside world; the entry points (Lambda, local server) provide it. */
export interface AppDeps {
  /** Version of the app, from package.json. */
  version: string;
  /** Label of the data the store holds: "empty", "synthetic sample" or the last import's label. */
  datasetLabel: () => Promise<string>;
}
