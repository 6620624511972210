/** Version of the built data's property schema (manifest.json `schemaVersion`); bump when outputColumns change. */
export const SCHEMA_VERSION = 1;
