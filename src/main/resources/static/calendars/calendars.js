// The calendars page: logs in with the engine's users (HTTP Basic, kept for this tab only) and reads and changes
// /api/calendars. Every check is the server's; the page only hides what the person may not do.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const WEEKDAYS = [['MONDAY', '周一'], ['TUESDAY', '周二'], ['WEDNESDAY', '周三'], ['THURSDAY', '周四'],
    ['FRIDAY', '周五'], ['SATURDAY', '周六'], ['SUNDAY', '周日']];
  const CHANGES = {
    'add-calendar': '添加日历', 'add-statutory-days': '加入法定节假日', 'add-day': '添加日期',
    'change-day': '修改日期', 'remove-day': '删除日期', 'change-hours': '修改工作时间'
  };
  const session = StaffSession('calendar-credentials');
  let mayChange = false;

  const api = (method, path, body) => session.json(method, '/api/calendars' + path, body);

  function show(id, visible) { $(id).hidden = !visible; }

  function say(message) {
    $('message').textContent = message || '';
    $('error').textContent = '';
  }

  function fail(error) {
    $('message').textContent = '';
    $('error').textContent = error.message;
  }

  function name() { return encodeURIComponent($('calendar-name').value); }

  async function start() {
    if (!session.loggedIn()) {
      show('login', true);
      return;
    }
    try {
      const list = await api('GET', '');
      $('who').textContent = '当前用户: ' + list.userId;
      mayChange = list.mayChange;
      show('logout', true);
      show('login', false);
      const select = $('calendar-name');
      select.replaceChildren();
      for (const calendar of list.calendars) {
        select.add(new Option(calendar.title + ' (' + calendar.name + ')', calendar.name));
      }
      show('read-only', !mayChange);
      show('add-day-form', mayChange);
      show('save-hours', mayChange);
      show('calendar', true);
      await openCalendar(null);
    } catch (error) {
      session.forget();
      $('login-error').textContent = error.status === 401 ? '用户名或密码错误' : error.message;
      show('login', true);
    }
  }

  async function openCalendar(year) {
    const calendar = await api('GET', '/' + name() + (year ? '?year=' + year : ''));
    showWarnings(calendar.warnings);
    $('calendar-info').textContent = '时区 ' + calendar.timeZone + ' · '
      + (calendar.statutoryDays ? '按国家法定节假日和调休安排' : '不按法定节假日（节假日照常工作）');
    fillHours(calendar);
    fillYears(calendar);
    fillDays(calendar);
    await loadChanges();
    // Says which calendar and year the page shows once everything is filled in (tests wait for it).
    $('calendar').dataset.shown = calendar.name + ' ' + calendar.year;
  }

  function showWarnings(warnings) {
    const list = $('warnings');
    list.replaceChildren();
    for (const warning of warnings) {
      const item = document.createElement('li');
      item.textContent = warning;
      list.append(item);
    }
    show('warnings', warnings.length > 0);
  }

  function fillHours(calendar) {
    const body = $('hours').tBodies[0];
    body.replaceChildren();
    for (const [day, label] of WEEKDAYS) {
      const row = body.insertRow();
      row.insertCell().textContent = label;
      const input = document.createElement('input');
      input.id = 'hours-' + day;
      input.value = calendar.hours[day];
      input.placeholder = '休息';
      input.readOnly = !mayChange;
      row.insertCell().append(input);
    }
    $('make-up-hours').textContent = '调休上班日按周一的工作时间：' + (calendar.makeUpDayHours || '休息');
  }

  function fillYears(calendar) {
    const select = $('year');
    const years = new Set(calendar.years);
    for (const y of [calendar.year - 1, calendar.year, calendar.year + 1]) years.add(y);
    select.replaceChildren();
    for (const y of [...years].sort()) select.add(new Option(y + ' 年', y));
    select.value = calendar.year;
    $('days-year').textContent = calendar.year + ' 年';
  }

  function fillDays(calendar) {
    const body = $('days').tBodies[0];
    body.replaceChildren();
    for (const day of calendar.days) {
      const row = body.insertRow();
      row.className = day.off ? 'off' : 'make-up';
      row.dataset.date = day.date;
      for (const value of [day.date, day.weekday, day.name, day.kind, day.hours || '—']) {
        row.insertCell().textContent = value;
      }
      const cell = row.insertCell();
      if (mayChange) {
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'remove-day';
        remove.textContent = '删除';
        remove.addEventListener('click', () => removeDay(day));
        cell.append(remove);
      }
    }
    show('days', calendar.days.length > 0);
    show('no-days', calendar.days.length === 0);
  }

  async function loadChanges() {
    const body = $('changes').tBodies[0];
    body.replaceChildren();
    for (const change of await api('GET', '/' + name() + '/changes?max=50')) {
      const row = body.insertRow();
      for (const value of [change.time, change.user, CHANGES[change.change] || change.change, change.subject,
                           change.before, change.after]) {
        row.insertCell().textContent = value == null ? '' : value;
      }
    }
  }

  async function saveHours(event) {
    event.preventDefault();
    const hours = {};
    for (const [day] of WEEKDAYS) hours[day] = $('hours-' + day).value;
    try {
      await api('PUT', '/' + name() + '/hours', hours);
      await openCalendar($('year').value);
      say('工作时间已保存，从下一个期限起生效。');
    } catch (error) {
      fail(error);
    }
  }

  async function addDay(event) {
    event.preventDefault();
    const date = $('day-date').value.trim();
    try {
      await api('POST', '/' + name() + '/days',
        { date: date, name: $('day-name').value, off: $('day-kind').value === 'true' });
      $('day-date').value = '';
      $('day-name').value = '';
      await openCalendar(date.substring(0, 4));
      say('已添加 ' + date + '，从下一个期限起生效。');
    } catch (error) {
      fail(error);
    }
  }

  async function removeDay(day) {
    if (!window.confirm('删除 ' + day.date + ' ' + day.name + '（' + day.kind + '）？')) return;
    try {
      await api('DELETE', '/' + name() + '/days/' + day.date);
      await openCalendar($('year').value);
      say('已删除 ' + day.date + '。');
    } catch (error) {
      fail(error);
    }
  }

  async function reopen(year) {
    try {
      say('');
      await openCalendar(year);
    } catch (error) {
      fail(error);
    }
  }

  session.bind(start);
  $('calendar-name').addEventListener('change', () => reopen(null));
  $('year').addEventListener('change', () => reopen($('year').value));
  $('hours-form').addEventListener('submit', saveHours);
  $('add-day-form').addEventListener('submit', addDay);
  start();
})();
