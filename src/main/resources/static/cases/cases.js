// 我发起的案件: the cases the logged-in person started. Reads /api/cases/mine with the Tasklist session when there
// is one, else with a login entered here (HTTP Basic, kept for this tab only).
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  let credentials = sessionStorage.getItem('cases-credentials');

  function show(id, visible) { $(id).hidden = !visible; }

  function time(iso) { return iso ? iso.substring(0, 16).replace('T', ' ') : ''; }

  async function load() {
    const headers = {'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'};
    if (credentials) {
      headers.Authorization = 'Basic ' + credentials;
    }
    const response = await fetch('/api/cases/mine', {headers: headers, credentials: 'same-origin'});
    if (response.status === 401) {
      credentials = null;
      sessionStorage.removeItem('cases-credentials');
      show('mine', false);
      show('login', true);
      return false;
    }
    if (!response.ok) {
      let message = response.status + ' ' + response.statusText;
      try { message = (await response.json()).message || message; } catch (ignored) { /* not JSON */ }
      throw new Error(message);
    }
    render(await response.json());
    return true;
  }

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : text;
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
  }

  function render(answer) {
    $('who').textContent = '当前用户: ' + answer.name;
    const body = $('cases').querySelector('tbody');
    body.innerHTML = '';
    for (const c of answer.cases) {
      const row = document.createElement('tr');
      row.className = c.state;
      row.dataset.caseNo = c.caseNo || '';
      const steps = c.steps || [];
      cell(row, c.caseNo, 'case-no');
      cell(row, c.process, 'process');
      cell(row, time(c.started), 'started');
      cell(row, c.stateLabel, 'state');
      cell(row, steps.map((s) => s.task).join('、'), 'step');
      cell(row, steps.map((s) => s.holder).join('、'), 'holder');
      cell(row, steps.map((s) => time(s.due)).filter((d) => d).join('、'), 'due');
      body.appendChild(row);
    }
    show('none', answer.cases.length === 0);
    show('login', false);
    show('mine', true);
  }

  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('login-error').textContent = '';
    const bytes = new TextEncoder().encode($('login-user').value + ':' + $('login-password').value);
    credentials = btoa(String.fromCharCode(...bytes));
    sessionStorage.setItem('cases-credentials', credentials);
    try {
      if (!(await load())) {
        $('login-error').textContent = '用户名或密码错误';
      }
    } catch (error) {
      $('login-error').textContent = error.message;
    }
  });

  load().catch((error) => {
    $('login-error').textContent = error.message;
    show('login', true);
  });
})();
