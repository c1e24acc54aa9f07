/**
 * The import's size limit (docs/architecture.md, "Import"): the API takes import bodies up to 5.5 MB,
 * under Lambda's 6 MB event limit; a larger document is sent in parts (shared/import/parts.ts).
 */
export const IMPORT_BODY_LIMIT = 5.5 * 1024 * 1024;
