/*
 * Tasklist's configuration: replaces the file of the same name in Camunda's webjar (7.24), whose only active
 * setting, the keyboard shortcuts, is kept here with its descriptions in Chinese.
 * Chinese by default and for every browser language but English (locales/zh.json); English stays available.
 */
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // Names in Chinese order, form-js messages and date pickers in Chinese (see the script).
  customScripts: ['../service-centre/chinese-display'],
  // The first-login notice links to Camunda's English welcome page; the staff start from their filters.
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开发起流程的对话框'
    }
  }
};
