// The auditors' page: logs in with the engine's users (HTTP Basic, kept for this tab only) and reads /api/audit.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const STATES = {
    ACTIVE: '进行中', COMPLETED: '已完成', EXTERNALLY_TERMINATED: '已取消',
    INTERNALLY_TERMINATED: '流程内终止', SUSPENDED: '已挂起'
  };
  const session = StaffSession('audit-credentials');
  let currentKey = null;
  // People are shown by name (张伟); the login stays in the cell's tooltip and in the downloads.
  const PERSON_FIELDS = new Set(['assignee', 'assignedBy', 'changedBy', 'userId', 'fromUser', 'toUser', 'movedBy']);
  const HANDOVER_KINDS = { 'reassignment': '负责人改派', 'absence-start': '请假/出差开始移交',
    'absence-new': '请假/出差期间新任务', 'absence-end': '请假/出差结束交还' };
  let people = {};

  const api = (path, accept) => session.request('GET', path, undefined, accept);

  function show(id, visible) { $(id).hidden = !visible; }

  async function start() {
    if (!session.loggedIn()) {
      show('login', true);
      return;
    }
    try {
      const me = await (await api('/api/audit/me')).json();
      $('who').textContent = '当前用户: ' + me.userId;
      show('logout', true);
      show('login', false);
      show('refused', false);
      await loadProcesses();
      show('search', true);
      // Opened from another page (the KPI page's list of cases behind a figure) with ?case=<业务编号>.
      const asked = new URLSearchParams(location.search).get('case');
      if (asked) await openCase(asked);
    } catch (error) {
      if (error.status === 403) {
        show('login', false);
        show('logout', true);
        $('refused').textContent = '无权访问：仅审计人员和管理员可查看审计记录。(' + error.message + ')';
        show('refused', true);
      } else {
        session.forget();
        $('login-error').textContent = error.status === 401 ? '用户名或密码错误' : error.message;
        show('login', true);
      }
    }
  }

  async function loadProcesses() {
    const select = $('process');
    select.length = 1;
    for (const process of await (await api('/api/audit/processes')).json()) {
      select.add(new Option(process.name + ' (' + process.key + ')', process.key));
    }
  }

  async function search(event) {
    event.preventDefault();
    $('search-error').textContent = '';
    const query = new URLSearchParams();
    for (const [param, id] of [['process', 'process'], ['from', 'from'], ['to', 'to'],
                               ['businessKey', 'business-key'], ['state', 'state']]) {
      if ($(id).value) query.set(param, $(id).value);
    }
    try {
      const cases = await (await api('/api/audit/cases?' + query)).json();
      const body = $('cases').tBodies[0];
      body.replaceChildren();
      for (const c of cases) {
        const row = body.insertRow();
        const link = document.createElement('a');
        link.className = 'case-link';
        link.textContent = c.businessKey || c.processInstanceId;
        link.dataset.key = c.businessKey;
        link.addEventListener('click', () => openCase(c.businessKey));
        row.insertCell().append(link);
        for (const value of [c.officeName || c.office, c.processName, c.processVersion, STATES[c.state] || c.state,
                             c.startTime, c.endTime, c.startedByName || c.startedBy]) {
          row.insertCell().textContent = value == null ? '' : value;
        }
        row.lastChild.title = c.startedBy || '';
      }
      show('cases', cases.length > 0);
      show('no-cases', cases.length === 0);
    } catch (error) {
      $('search-error').textContent = error.message;
    }
  }

  function fill(tableId, columns, rows, rowClass) {
    const table = $(tableId);
    table.replaceChildren();
    const head = table.createTHead().insertRow();
    for (const [, label] of columns) {
      const th = document.createElement('th');
      th.textContent = label;
      head.append(th);
    }
    const body = table.createTBody();
    for (const entry of rows) {
      const row = body.insertRow();
      if (rowClass) row.className = rowClass(entry);
      for (const [field] of columns) {
        const cell = row.insertCell();
        if (PERSON_FIELDS.has(field) && entry[field]) {
          cell.textContent = people[entry[field]] || entry[field];
          cell.title = entry[field];
          cell.className = 'person';
        } else {
          cell.textContent = text(entry[field]);
        }
      }
    }
  }

  function text(value) {
    if (value == null) return '';
    if (Array.isArray(value)) return value.map(text).join('; ');
    if (typeof value === 'object') {
      if ('name' in value && 'value' in value) return value.name + '=' + text(value.value);
      return Object.entries(value).map(([k, v]) => k + '=' + text(v)).join(', ');
    }
    if (typeof value === 'boolean') return value ? '是' : '否';
    return String(value);
  }

  async function openCase(businessKey) {
    try {
      const trail = await (await api('/api/audit/cases/' + encodeURIComponent(businessKey))).json();
      currentKey = businessKey;
      people = {};
      for (const person of trail.people || []) people[person.userId] = person.name;
      const c = trail.case;
      $('trail-key').textContent = businessKey;
      $('trail-summary').textContent = (c.officeName ? c.officeName + ' · ' : '') + c.processName + ' 版本 ' + c.processVersion + ' · ' + (STATES[c.state] || c.state)
        + ' · 开始 ' + c.startTime + (c.endTime ? ' · 结束 ' + c.endTime : '') + ' · 发起人 ' + (c.startedByName || c.startedBy || '');
      fill('trail-activities', [['startTime', '开始'], ['endTime', '结束'], ['activityName', '活动'],
        ['activityType', '类型'], ['assignee', '办理人'], ['canceled', '被取消']], trail.activities);
      fill('trail-tasks', [['name', '任务'], ['candidateGroups', '候选组'], ['assignee', '办理人'],
        ['assignedBy', '分配人'], ['created', '创建'], ['claimed', '认领'], ['completed', '完成'], ['due', '到期'],
        ['late', '超时'], ['endReason', '结束原因']], trail.tasks, (t) => t.late ? 'late' : '');
      fill('trail-variables', [['time', '时间'], ['variable', '变量'], ['oldValue', '原值'], ['newValue', '新值'],
        ['activityId', '环节'], ['changedBy', '操作人']], trail.variableChanges);
      fill('trail-decisions', [['time', '时间'], ['decisionKey', '决策表'], ['decisionName', '名称'],
        ['version', '版本'], ['inputs', '输入'], ['matchedRules', '命中规则'], ['outputs', '输出']], trail.decisions);
      fill('trail-operations', [['time', '时间'], ['userId', '操作人'], ['operation', '操作'],
        ['entityType', '对象'], ['property', '属性'], ['oldValue', '原值'], ['newValue', '新值']], trail.operations);
      fill('trail-notifications', [['created', '写入'], ['type', '消息'], ['recipient', '收件人'],
        ['message', '内容'], ['channel', '渠道'], ['address', '地址'], ['stateText', '结果'], ['attempts', '尝试次数'],
        ['sentAt', '发出'], ['lastError', '错误']], trail.notifications || [], (n) => n.state === 'failed' ? 'late' : '');
      fill('trail-handovers', [['time', '时间'], ['taskName', '任务'], ['fromUser', '原办理人'], ['toUser', '交给'],
        ['toGroups', '开放给组'], ['kindText', '类型'], ['movedBy', '操作人'], ['reason', '理由']],
        (trail.handovers || []).map((h) => Object.assign({}, h, { kindText: HANDOVER_KINDS[h.kind] || h.kind })));
      show('trail', true);
    } catch (error) {
      $('search-error').textContent = error.message;
    }
  }

  async function download(format) {
    const accept = format === 'csv' ? 'text/csv' : 'application/json';
    const response = await api('/api/audit/cases/' + encodeURIComponent(currentKey) + '?format=' + format, accept);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = currentKey + '.' + format;
    document.body.append(link);
    link.click();
    link.remove();
  }

  session.bind(start);
  $('search-form').addEventListener('submit', search);
  $('download-json').addEventListener('click', () => download('json'));
  $('download-csv').addEventListener('click', () => download('csv'));
  start();
})();
