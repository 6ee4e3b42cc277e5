// locales/*.yml imported by lib/i18n.ts, turned into { key: message } by lib/i18n-yaml-plugin.ts.
declare module '*.yml' {
  const messages: Record<string, string>;
  export default messages;
}
