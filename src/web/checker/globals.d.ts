// Constants esbuild's `define` fills in when it builds the offline checker (src/web/build.ts).
declare const FAZHI_TEMPLATES: Array<{path: string; text: string}>
declare const FAZHI_CONFIG: import('../../kernel/config.js').Config
declare const FAZHI_VERSION: string
