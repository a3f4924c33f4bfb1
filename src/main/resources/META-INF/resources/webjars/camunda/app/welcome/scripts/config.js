/*
 * Welcome's configuration: replaces the file of the same name in Camunda's webjar (7.24), which leaves
 * every setting at its default. Chinese by default and for every browser language but English (locales/zh.json);
 * English stays available.
 */
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // People's names in Chinese order (see the script).
  customScripts: ['../service-centre/chinese-display'],
  // The first-login notice links to Camunda's English welcome page with its migration banner.
  disableWelcomeMessage: true
};
