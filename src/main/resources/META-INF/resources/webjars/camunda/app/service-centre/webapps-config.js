/*
 * What Tasklist, Cockpit, Admin and the welcome page are set to for the service centre's staff: each webapp's
 * scripts/config.js (which replaces Camunda's file of that name, 7.24) takes these settings from here.
 */
export default {
  // Chinese by default and for every browser whose first language is not English (locales/zh.json); English stays.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // Names family name first, Camunda Forms' messages and the date pickers in Chinese (see the script).
  customScripts: ['../service-centre/chinese-display'],
  // The first-login notice links to Camunda's English welcome page, with its Camunda 8 migration banner.
  disableWelcomeMessage: true
};
