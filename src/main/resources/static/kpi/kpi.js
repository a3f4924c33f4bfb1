// The KPI page: figures per department, person or period against their targets, charts drawn with Apache
// ECharts, and the cases behind each figure. Reads /api/kpi with the engine's users (HTTP Basic, for this tab);
// the login is the audit page's, so an auditor follows a case to its trail without logging in again.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const session = StaffSession('audit-credentials');
  const SCOPES = { all: '可查看所有部门的指标', heads: '可查看所管部门的指标', own: '只能查看本人的指标' };
  const UNITS = { percent: '%', hours: ' 小时', days: ' 天' };
  let me = null;
  let answer = null;
  // The filters the shown figures were read with: the cases behind a figure are read with the same.
  let answerParams = null;
  let drilled = null;
  let loads = 0;
  let reportLoads = 0;
  const kpiNames = {};
  const charts = {};

  const api = (path, accept) => session.request('GET', path, undefined, accept);
  const show = (id, visible) => { $(id).hidden = !visible; };

  function isoDate(date) {
    const local = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
    return local.toISOString().slice(0, 10);
  }

  async function start() {
    if (!session.loggedIn()) {
      show('login', true);
      return;
    }
    try {
      me = await (await api('/api/kpi/me')).json();
    } catch (error) {
      session.forget();
      $('login-error').textContent = error.status === 401 ? '用户名或密码错误' : error.message;
      show('login', true);
      return;
    }
    $('who').textContent = '当前用户: ' + me.userId;
    $('scope').textContent = SCOPES[me.scope] || '';
    show('logout', true);
    show('login', false);
    fillSelect('department', me.departments.map((d) => [d.id, d.name]));
    fillSelect('office', me.offices.map((o) => [o.code, o.name]));
    show('person-label', me.scope !== 'own');
    const today = new Date();
    $('from').value = isoDate(new Date(today.getFullYear(), today.getMonth() - 5, 1));
    $('to').value = isoDate(today);
    show('board', true);
    await loadCatalogue();
    await Promise.all([load(), loadReports()]);
  }

  function fillSelect(id, options) {
    const select = $(id);
    select.length = 1;
    for (const [value, label] of options) select.add(new Option(label, value));
  }

  /** The filters as query parameters, with another grouping when asked. */
  function params(groupBy) {
    const p = new URLSearchParams({ from: $('from').value, to: $('to').value, groupBy: groupBy || $('group-by').value });
    for (const [name, id] of [['department', 'department'], ['office', 'office'], ['person', 'person']]) {
      const value = $(id).value.trim();
      if (value && !(name === 'person' && me.scope === 'own')) p.set(name, value);
    }
    return p;
  }

  async function load(event) {
    if (event) event.preventDefault();
    $('board-error').textContent = '';
    // Only the newest request is shown: an earlier answer arriving late must not replace it.
    const mine = ++loads;
    const asked = params();
    try {
      const result = await (await api('/api/kpi?' + asked)).json();
      if (mine !== loads) return;
      answer = result;
      answerParams = asked;
      $('shown').textContent = '统计期间：' + answer.from + ' 至 ' + answer.to + '（按受理/报修/申请/来单日期）';
      renderTable(answer.figures);
      await renderCharts(mine);
    } catch (error) {
      $('board-error').textContent = error.message;
    }
  }

  function formatted(figure) {
    if (figure.value == null) return '—';
    return (Math.round(figure.value * 100) / 100) + (UNITS[figure.unit] || '');
  }

  function renderTable(figures) {
    const groups = [];
    const labels = {};
    const byKpi = new Map();
    for (const f of figures) {
      if (!(f.group in labels)) { groups.push(f.group); labels[f.group] = f.groupLabel; }
      if (!byKpi.has(f.kpi)) byKpi.set(f.kpi, { first: f, cells: {} });
      byKpi.get(f.kpi).cells[f.group] = f;
    }
    const table = $('figures');
    table.replaceChildren();
    headings(table, ['指标', '目标', ...groups.map((g) => labels[g])]);
    const body = table.createTBody();
    for (const [kpi, { first, cells }] of byKpi) {
      const row = body.insertRow();
      row.dataset.kpi = kpi;
      row.insertCell().textContent = first.name;
      row.insertCell().textContent = first.target == null ? ''
        : (first.direction === 'higher' ? '≥ ' : '≤ ') + first.target + (UNITS[first.unit] || '');
      for (const group of groups) {
        const f = cells[group];
        const cell = row.insertCell();
        cell.className = 'value' + (f.met === false ? ' missed' : '');
        cell.dataset.group = group;
        cell.title = f.numerator + ' / ' + f.denominator
          + (Object.keys(f.reasons || {}).length ? '；' + Object.entries(f.reasons).map(([r, n]) => r + ' ' + n).join('，') : '');
        if (f.denominator > 0 || f.numerator > 0) {
          const link = document.createElement('a');
          link.textContent = formatted(f);
          link.addEventListener('click', () => drill(f));
          cell.append(link);
        } else {
          cell.textContent = '—';
        }
      }
    }
    const select = $('chart-kpi');
    const chosen = select.value;
    select.replaceChildren(...[...byKpi].map(([kpi, { first }]) => new Option(first.name, kpi)));
    if (chosen && byKpi.has(chosen)) select.value = chosen;
  }

  function headings(table, labels) {
    const head = table.createTHead().insertRow();
    for (const label of labels) {
      const th = document.createElement('th');
      th.textContent = label;
      head.append(th);
    }
  }

  function chart(id) {
    if (!charts[id]) charts[id] = echarts.init($(id));
    return charts[id];
  }

  /** A target line, and each value red where it misses it. */
  function series(kind, figures) {
    const first = figures[0];
    return {
      type: kind, name: first ? first.name : '',
      data: figures.map((f) => ({
        value: f.value == null ? null : Math.round(f.value * 100) / 100,
        itemStyle: { color: f.met === false ? '#d62728' : '#1f77b4' }
      })),
      connectNulls: false,
      markLine: first && first.target != null ? {
        symbol: 'none', lineStyle: { color: '#d62728', type: 'dashed' },
        label: { formatter: '目标 ' + first.target }, data: [{ yAxis: Number(first.target) }]
      } : undefined
    };
  }

  function draw(id, title, kind, figures) {
    const unit = figures[0] ? (UNITS[figures[0].unit] || '').trim() : '';
    chart(id).setOption({
      title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: figures.map((f) => f.groupLabel) },
      yAxis: { type: 'value', name: unit },
      series: [series(kind, figures)]
    }, true);
  }

  async function renderCharts(mine) {
    const kpi = $('chart-kpi').value;
    if (!kpi || !answer) return;
    const name = $('chart-kpi').selectedOptions[0].textContent;
    const perMonth = new URLSearchParams(answerParams);
    perMonth.set('groupBy', 'month');
    const monthly = answer.groupBy === 'month' ? answer : await (await api('/api/kpi?' + perMonth)).json();
    if (mine !== undefined && mine !== loads) return;
    draw('trend-chart', name + ' · 按月趋势', 'line', monthly.figures.filter((f) => f.kpi === kpi));
    draw('group-chart', name + ' · ' + $('group-by').selectedOptions[0].textContent, 'bar',
      answer.figures.filter((f) => f.kpi === kpi));
  }

  async function drill(figure) {
    const p = new URLSearchParams(answerParams);
    p.set('kpi', figure.kpi);
    p.set('group', figure.group);
    drilled = p;
    try {
      const result = await (await api('/api/kpi/cases?' + p)).json();
      $('drill-title').textContent = figure.name + ' · ' + figure.groupLabel + '（' + formatted(figure) + '，'
        + figure.numerator + ' / ' + figure.denominator + '）';
      const table = $('drill-cases');
      table.replaceChildren();
      headings(table, ['编号', '管理处/门店', '部门', '人员', '日期', '计入分子', '分子', '分母', '原因']);
      const body = table.createTBody();
      for (const c of result.cases) {
        const row = body.insertRow();
        const number = row.insertCell();
        if (me.readsAuditTrails) {
          const link = document.createElement('a');
          link.className = 'case-link';
          link.href = '/audit/?case=' + encodeURIComponent(c.caseNo);
          link.textContent = c.caseNo;
          number.append(link);
        } else {
          number.textContent = c.caseNo;
        }
        for (const text of [c.office || '', c.departmentName, c.personName, c.date,
          c.numerator > 0 ? '是' : '否', c.numerator, c.denominator, c.reason || '']) {
          row.insertCell().textContent = text;
        }
      }
      show('drill-empty', result.cases.length === 0);
      show('drill', true);
      $('drill').scrollIntoView();
    } catch (error) {
      $('board-error').textContent = error.message;
    }
  }

  async function download(path, filename) {
    try {
      const response = await api(path, 'text/csv');
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await response.blob());
      link.download = filename;
      document.body.append(link);
      link.click();
      link.remove();
    } catch (error) {
      $('board-error').textContent = error.message;
    }
  }

  /** The stored 日预警 / 周通报 / 月考核 of the chosen kind, for the office and department chosen above. */
  async function loadReports() {
    if (me.scope === 'own') return;
    // Bulletins and assessments of the chosen period; of the daily warnings, the latest morning's.
    const kind = $('report-kind').value;
    const to = $('to').value;
    let from = $('from').value;
    if (kind === 'daily') {
      const twoWeeksBefore = new Date(to + 'T00:00:00');
      twoWeeksBefore.setDate(twoWeeksBefore.getDate() - 14);
      from = isoDate(twoWeeksBefore);
    }
    const p = new URLSearchParams({ kind: kind, from: from, to: to });
    const mine = ++reportLoads;
    if ($('office').value) p.set('office', $('office').value);
    if ($('department').value) p.set('department', $('department').value);
    try {
      let reports = await (await api('/api/kpi/reports?' + p)).json();
      if (mine !== reportLoads) return;
      if (kind === 'daily' && reports.length) {
        reports = reports.filter((r) => r.periodStart === reports[0].periodStart);
      }
      $('reports').replaceChildren(...reports.map(reportBlock));
      show('no-reports', reports.length === 0);
      show('reports-section', true);
    } catch (error) {
      $('board-error').textContent = error.message;
    }
  }

  function reportBlock(report) {
    const block = document.createElement('article');
    block.className = 'report';
    block.dataset.kind = report.kind;
    const title = document.createElement('h3');
    title.textContent = report.kindLabel + ' · ' + report.periodLabel + ' · ' + report.officeName + ' · '
      + report.departmentName + (report.rerun ? '（' + report.rerunBy + ' 重新生成）' : '');
    block.append(title);
    const c = report.content;
    if (report.kind === 'daily') {
      for (const [field, label] of [['dueToday', '今日到期'], ['overdue', '已超时'], ['reopened', '多次重开']]) {
        const line = document.createElement('p');
        line.className = field;
        const cases = c[field] || [];
        line.textContent = label + ' ' + cases.length + (cases.length ? '：' : '') + cases.map((w) => w.caseNo
          + '（' + w.step + (w.due ? '，到期 ' + w.due.replace('T', ' ').slice(0, 16) : '')
          + (w.reopenCount ? '，重开 ' + w.reopenCount + ' 次' : '') + '）').join('、');
        block.append(line);
      }
    } else {
      if ((c.departmentsMissed || []).length) {
        const missed = document.createElement('p');
        missed.className = 'error';
        missed.textContent = '未达标部门：' + c.departmentsMissed.map((d) => d.name + '（' + d.missed.map((code) => kpiNames[code] || code).join('、') + '）').join('；');
        block.append(missed);
      }
      const table = document.createElement('table');
      headings(table, ['指标', '本期', '目标', '上期', '变化']);
      const body = table.createTBody();
      for (const f of c.figures || []) {
        const row = body.insertRow();
        if (f.met === false) row.className = 'missed';
        const unit = UNITS[f.unit] || '';
        const num = (v) => v == null ? '—' : (Math.round(v * 100) / 100) + unit;
        for (const text of [f.name, num(f.value), (f.direction === 'higher' ? '≥ ' : '≤ ') + f.target + unit,
          num(f.previous), f.change == null ? '—' : (f.change > 0 ? '+' : '') + (Math.round(f.change * 100) / 100)
            + (f.worse ? ' ↓' : '')]) {
          row.insertCell().textContent = text;
        }
      }
      block.append(table);
    }
    if ((report.recipients || []).length) {
      const to = document.createElement('p');
      to.textContent = '已发送给：' + report.recipients.join('、');
      block.append(to);
    }
    return block;
  }

  async function loadCatalogue() {
    const office = $('office').value;
    const kpis = await (await api('/api/kpi/catalogue' + (office ? '?office=' + encodeURIComponent(office) : ''))).json();
    for (const k of kpis) kpiNames[k.code] = k.name;
    const table = $('catalogue');
    table.replaceChildren();
    headings(table, ['指标', '分子', '分母', '越高越好', '目标']);
    const body = table.createTBody();
    for (const k of kpis) {
      const row = body.insertRow();
      for (const text of [k.name, k.numerator, k.denominator, k.higherIsBetter ? '是' : '否（越低越好）']) {
        row.insertCell().textContent = text;
      }
      const target = row.insertCell();
      if (me.setsTargets) {
        const input = document.createElement('input');
        input.className = 'target';
        input.id = 'target-' + k.code;
        input.value = k.target == null ? '' : k.target;
        const save = document.createElement('button');
        save.type = 'button';
        save.textContent = '保存';
        save.addEventListener('click', () => saveTarget(k, input.value));
        target.append(input, (UNITS[k.unit] || '') + ' ', save);
      } else {
        target.textContent = k.target == null ? '' : k.target + (UNITS[k.unit] || '');
      }
    }
  }

  async function saveTarget(kpi, value) {
    try {
      const office = $('office').value;
      const saved = await session.json('PUT', '/api/kpi/targets/' + encodeURIComponent(kpi.code)
        + (office ? '?office=' + encodeURIComponent(office) : ''), { target: value });
      $('target-message').textContent = '已保存：' + saved.name + ' 的目标为 ' + saved.target + (UNITS[saved.unit] || '');
      await load();
    } catch (error) {
      $('target-message').textContent = error.message;
    }
  }

  session.bind(start);
  $('filter-form').addEventListener('submit', load);
  $('chart-kpi').addEventListener('change', () => renderCharts());
  $('report-kind').addEventListener('change', loadReports);
  $('filter-form').addEventListener('submit', loadReports);
  $('office').addEventListener('change', loadCatalogue);
  $('download-csv').addEventListener('click', () => {
    const p = params();
    p.set('format', 'csv');
    download('/api/kpi?' + p, 'kpi-' + $('from').value + '-' + $('to').value + '.csv');
  });
  $('drill-csv').addEventListener('click', () => {
    const p = new URLSearchParams(drilled);
    p.set('format', 'csv');
    download('/api/kpi/cases?' + p, p.get('kpi') + '-' + p.get('from') + '-' + p.get('to') + '.csv');
  });
  $('drill-close').addEventListener('click', () => show('drill', false));
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  start();
})();
