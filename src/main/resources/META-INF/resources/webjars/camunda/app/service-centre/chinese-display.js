/*
 * What the service centre's staff read in Tasklist, Cockpit, Admin and the welcome page, beyond the locale files
 * (app/<webapp>/locales/zh.json). Loaded by every webapp's scripts/config.js (customScripts) before the webapp
 * starts.
 *
 * - People's names in Chinese order. The webapps show "firstName lastName"; a Chinese name stored as
 *   firstName 伟, lastName 张 reads 张伟, whatever the language of the page. Only the places that show a person
 *   (the header's login, a task's assignee, a profile's heading) are touched, so a value typed into a form is never
 *   reordered.
 * - Tasklist's Camunda Forms (form-js 1.8, which has no translation of its own): its validation messages in
 *   Chinese naming the field ("请填写联系电话"); a pattern error shows the field's description instead of the
 *   regular expression. Its date fields: Chinese month and day names, dates as yyyy-MM-dd.
 * - Tasklist's follow-up and due date pickers (AngularJS UI Bootstrap): Chinese month and day names, weeks from
 *   Monday, "2026年3月" above the days.
 *
 * The language is the webapps' own choice: the browser's first language if it is English, Chinese otherwise
 * (availableLocales ['zh', 'en'], fallbackLocale 'zh').
 */

const HAN = '\u3400-\u9fff\uf900-\ufaff';
const TRAILING_NAME = new RegExp(`(^|\\s)([${HAN}]{1,4}) ([${HAN}·]{1,6})(\\s*)$`);
const NAME_PLACES = [
  '[cam-widget-header] li.account > a', // the login in every webapp's header
  'h5.assignee', // a task card in Tasklist's list
  'li.assignee .view-value', // the open task's assignee in Tasklist
  '.user-profile-name' // the welcome page's profile
].join(', ');
// Admin's "编辑用户 伟 张"; the same heading names a group or tenant on their pages, which keep their order.
const ADMIN_USER_HEADING = '.section-content > header h3';

const firstLanguage = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .split('-')[0].toLowerCase();
const chinese = firstLanguage !== 'en';

/** "伟 张" → "张伟": given name first as stored by the webapps' "firstName lastName", family name first for us. */
export function chineseOrder(text) {
  return text.replace(TRAILING_NAME, (match, before, given, family, after) => before + family + given + after);
}

function reorderNames(root) {
  if (root.querySelectorAll) {
    root.querySelectorAll(NAME_PLACES).forEach(place => rewriteText(place, chineseOrder));
    if (/^#\/users\//.test(window.location.hash)) {
      root.querySelectorAll(ADMIN_USER_HEADING).forEach(place => rewriteText(place, chineseOrder));
    }
  }
}

function fieldOf(element) {
  const field = element.closest('.fjs-form-field');
  if (!field) {
    return {label: '', description: '', kind: ''};
  }
  const label = field.querySelector('.fjs-form-field-label');
  const description = field.querySelector('.fjs-form-field-description');
  const kind = (field.className.match(/fjs-form-field-(\w+)/) || [])[1] || '';
  return {
    label: label ? label.textContent.replace(/\*/g, '').trim() : '',
    description: description ? description.textContent.trim() : '',
    kind
  };
}

/** form-js 1.8's English messages (Validator), in Chinese and naming the field. */
export function formMessage(message, field) {
  const name = field.label || '此项';
  let found;
  if (message === 'Field is required.') {
    if (field.kind === 'checkbox') {
      return `请勾选“${name}”`;
    }
    return ['select', 'radio', 'checklist', 'taglist', 'datetime'].includes(field.kind)
      ? `请选择${name}` : `请填写${name}`;
  }
  if (/^Field must match pattern /.test(message)) {
    return field.description ? `请填写正确的${name}：${field.description}` : `请按要求的格式填写${name}`;
  }
  if ((found = message.match(/^Field must have minimum length of (\d+)\.$/))) {
    return `${name}至少填写 ${found[1]} 个字`;
  }
  if ((found = message.match(/^Field must have maximum length of (\d+)\.$/))) {
    return `${name}最多填写 ${found[1]} 个字`;
  }
  if ((found = message.match(/^Field must have minimum value of (.+)\.$/))) {
    return `${name}不能小于 ${found[1]}`;
  }
  if ((found = message.match(/^Field must have maximum value of (.+)\.$/))) {
    return `${name}不能大于 ${found[1]}`;
  }
  if (message === 'Value is not a number.') {
    return `${name}请填写数字`;
  }
  if (message === 'Value is expected to be an integer.') {
    return `${name}请填写整数`;
  }
  if ((found = message.match(/^Value is expected to have at most (\d+) decimal digits?\.$/))) {
    return `${name}最多保留 ${found[1]} 位小数`;
  }
  if ((found = message.match(/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/))) {
    return `${name}的值无效，最接近的有效值是 ${found[1]} 和 ${found[2]}`;
  }
  if (/^Field must be a valid +international phone number/.test(message)) {
    return `请填写有效的国际电话号码，如 +8613812345678`;
  }
  if (message === 'Field must be a valid email.') {
    return '请填写有效的电子邮箱地址';
  }
  return message;
}

const FORM_TEXTS = {
  'Select': '请选择',
  'Search': '搜索',
  'No results': '无匹配项',
  'All values selected': '已全部选择'
};

/**
 * Changes an element's own text where the framework keeps it: form-js (Preact) and AngularJS hold on to their text
 * nodes, so a replaced node would come back beside the new one at their next update.
 */
function rewriteText(element, rewrite) {
  element.childNodes.forEach(node => {
    if (node.nodeType === Node.TEXT_NODE) {
      const rewritten = rewrite(node.data);
      if (rewritten !== node.data) {
        node.data = rewritten;
      }
    }
  });
}

function translateForms(root) {
  if (!root.querySelectorAll) {
    return;
  }
  root.querySelectorAll('.fjs-form-field-error li').forEach(item => {
    const field = fieldOf(item);
    rewriteText(item, text => formMessage(text, field));
  });
  root.querySelectorAll('.fjs-container .fjs-select-placeholder, .fjs-container .fjs-dropdownlist-empty')
    .forEach(element => rewriteText(element, text => FORM_TEXTS[text] || text));
  root.querySelectorAll('.fjs-container [placeholder]').forEach(input => {
    const placeholder = input.getAttribute('placeholder');
    const wanted = input.closest('.fjs-datepicker') ? 'yyyy-mm-dd' : FORM_TEXTS[placeholder] || placeholder;
    if (wanted !== placeholder) {
      input.setAttribute('placeholder', wanted);
    }
  });
}

const MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
const SHORT_MONTHS = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
const DAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const SHORT_DAYS = ['日', '一', '二', '三', '四', '五', '六'];

let flatpickrDone = false;

/** form-js date fields use flatpickr; it is global once Tasklist's bundle has loaded form-js. */
function chineseFlatpickr() {
  const flatpickr = window.flatpickr;
  if (flatpickrDone || !flatpickr || !flatpickr.localize) {
    return;
  }
  flatpickrDone = true;
  flatpickr.localize({
    weekdays: {shorthand: SHORT_DAYS, longhand: DAYS},
    months: {shorthand: SHORT_MONTHS, longhand: MONTHS},
    firstDayOfWeek: 1,
    rangeSeparator: ' 至 ',
    weekAbbreviation: '周',
    scrollTitle: '滚动切换',
    toggleTitle: '点击切换',
    yearAriaLabel: '年',
    monthAriaLabel: '月',
    hourAriaLabel: '时',
    minuteAriaLabel: '分',
    time_24hr: true
  });
  flatpickr.setDefaults({
    ariaDateFormat: 'Y年n月j日',
    // form-js passes the browser's own date order (2026/3/5 in a Chinese browser); the clerks write 2026-03-05.
    onParseConfig: [(dates, text, picker) => {
      if (picker.element && picker.element.closest && picker.element.closest('.fjs-datepicker')) {
        picker.config.dateFormat = 'Y-m-d';
      }
    }]
  });
}

/** Tasklist's due and follow-up date pickers: AngularJS's $locale and UI Bootstrap's datepicker settings. */
function chineseDatePickers(angular) {
  if (!angular) {
    return;
  }
  angular.module('cam.commons').run(['$locale', 'uibDatepickerConfig', function($locale, datepicker) {
    Object.assign($locale.DATETIME_FORMATS, {
      MONTH: MONTHS,
      SHORTMONTH: SHORT_MONTHS,
      STANDALONEMONTH: MONTHS,
      DAY: DAYS,
      SHORTDAY: SHORT_DAYS,
      FIRSTDAYOFWEEK: 0,
      AMPMS: ['上午', '下午']
    });
    Object.assign(datepicker, {formatDayTitle: 'yyyy年M月', formatMonthTitle: 'yyyy年', formatMonth: 'MMM',
      startingDay: 1});
  }]);
}

let scheduled = false;

function refresh() {
  scheduled = false;
  reorderNames(document);
  if (chinese) {
    chineseFlatpickr();
    translateForms(document);
  }
}

function start() {
  if (chinese) {
    chineseFlatpickr();
    chineseDatePickers(window.angular);
  }
  const observer = new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      // after the frameworks' own change, before the browser paints
      Promise.resolve().then(refresh);
    }
  });
  observer.observe(document.documentElement, {childList: true, subtree: true, characterData: true});
  refresh();
}

if (typeof window !== 'undefined' && typeof document !== 'undefined' && !window.serviceCentreChineseDisplay) {
  window.serviceCentreChineseDisplay = true;
  start();
}
