/*
 * Tasklist's configuration, in place of the file of the same name in Camunda's webjar (7.24): the service centre's
 * settings for all webapps, and the keyboard shortcuts that Camunda's file sets, described in Chinese.
 */
import webapps from '../../service-centre/webapps-config.js';

export default {
  ...webapps,
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
