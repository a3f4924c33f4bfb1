// The absences page: logs in with the engine's users (HTTP Basic, kept for this tab only) and reads and changes
// /api/absences. Every check is the server's; the page offers only the people and deputies the server lists.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const session = StaffSession('absence-credentials');
  let people = [];

  const api = (method, path, body) => session.json(method, '/api/absences' + path, body);

  function show(id, visible) { $(id).hidden = !visible; }

  function say(message) {
    $('message').textContent = message || '';
    $('error').textContent = '';
  }

  function fail(error) {
    $('message').textContent = '';
    $('error').textContent = error.message;
  }

  function shown(time) { return time ? time.replace('T', ' ') : ''; }

  async function start() {
    if (!session.loggedIn()) {
      show('login', true);
      return;
    }
    try {
      people = await api('GET', '/people');
      $('who').textContent = '当前用户: ' + people[0].name + ' (' + people[0].userId + ')';
      show('logout', true);
      show('login', false);
      const select = $('absence-user');
      select.replaceChildren();
      for (const person of people) select.add(new Option(person.name + ' (' + person.userId + ')', person.userId));
      offerDeputies();
      show('absences-section', true);
      await list();
    } catch (error) {
      session.forget();
      $('login-error').textContent = error.status === 401 ? '用户名或密码错误' : error.message;
      show('login', true);
    }
  }

  function offerDeputies() {
    const person = people.find((p) => p.userId === $('absence-user').value);
    const select = $('absence-deputy');
    select.replaceChildren(new Option('无（任务交回本组）', ''));
    for (const deputy of (person ? person.deputies : [])) {
      select.add(new Option(deputy.name + ' (' + deputy.userId + ')', deputy.userId));
    }
  }

  async function list() {
    const absences = await api('GET', '');
    const body = $('absences').tBodies[0];
    body.replaceChildren();
    for (const a of absences) {
      const row = body.insertRow();
      row.className = a.state === 'active' ? 'active' : (a.state === 'planned' ? '' : 'done');
      for (const value of [a.id, a.userName, a.kindName, shown(a.from), shown(a.to), a.deputyName || '（交回本组）',
        a.stateName, a.tasksMoved + ' / ' + a.tasksReturned, a.enteredBy, a.note || '']) {
        row.insertCell().textContent = value;
      }
      const actions = row.insertCell();
      if (a.state === 'planned' || a.state === 'active') {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = a.state === 'planned' ? '撤销' : '提前结束';
        button.addEventListener('click', () => end(a));
        actions.appendChild(button);
      }
    }
    show('none', absences.length === 0);
  }

  async function enter(event) {
    event.preventDefault();
    try {
      const entered = await api('POST', '', {
        user: $('absence-user').value, kind: $('absence-kind').value, from: $('absence-from').value.trim(),
        to: $('absence-to').value.trim(), deputy: $('absence-deputy').value || null,
        note: $('absence-note').value.trim() || null
      });
      $('absence-from').value = '';
      $('absence-to').value = '';
      $('absence-note').value = '';
      await list();
      say('已登记 ' + entered.kindName + ' #' + entered.id + '：' + entered.userName + ' ' + shown(entered.from) + ' 至 '
        + shown(entered.to) + (entered.state === 'active' ? '，已移交 ' + entered.tasksMoved + ' 项任务。' : '。'));
    } catch (error) {
      fail(error);
    }
  }

  async function end(absence) {
    const what = absence.state === 'planned' ? '撤销' : '提前结束';
    if (!window.confirm(what + ' ' + absence.userName + ' 的' + absence.kindName + ' #' + absence.id + '？')) return;
    try {
      const ended = await api('DELETE', '/' + absence.id);
      await list();
      say('已' + what + ' #' + ended.id + (ended.tasksReturned ? '，已交还 ' + ended.tasksReturned + ' 项任务。' : '。'));
    } catch (error) {
      fail(error);
    }
  }

  session.bind(start);
  $('absence-user').addEventListener('change', offerDeputies);
  $('absence-form').addEventListener('submit', enter);
  start();
})();
