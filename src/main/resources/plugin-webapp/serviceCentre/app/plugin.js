// 客服中心 additions to Camunda Tasklist. Tasklist loads this file for the plugin registered in
// META-INF/services (com.servicecentre.cases.TasklistAdditions); no config.js entry is needed.
//  - 我发起的案件: a link in the header to /cases/, the cases this person started with their state and current step.
//  - A case number (TS000001, BX…, TF…, XD…) typed into the task search box and confirmed with Enter finds the
//    tasks of that case in one step (a search on the business key, which is the case number everywhere).
//  - After a case is started, its number stays on screen until dismissed, so the clerk can tell the caller.
//  - Each task card shows its due time to the minute beside Tasklist's relative one (plugin.css shows the case's
//    variables on the card whole).
// Locators and texts are our own; Tasklist's own texts come from its locale files.

const base = document.querySelector('base');
const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
const contextPath = appRoot.replace(/\/camunda$/, '');
const casesPage = contextPath + '/cases/';
const CASE_NO = /^\s*((TS|BX|TF|XD)\d{6})\s*$/i;

// ---- the number of a case just started --------------------------------------------------------------------
const START = /\/process-definition\/[^/]+\/submit-form(\?.*)?$/;

function showStarted(caseNo) {
  let notice = document.getElementById('sc-case-started');
  if (!notice) {
    notice = document.createElement('div');
    notice.id = 'sc-case-started';
    notice.setAttribute('role', 'alert');
    document.body.appendChild(notice);
  }
  notice.innerHTML = '';
  notice.append('案件已发起，编号');
  const number = document.createElement('span');
  number.className = 'sc-case-no';
  number.textContent = caseNo;
  notice.append(number, '，请告知来电人。');
  const link = document.createElement('a');
  link.href = casesPage;
  link.target = '_blank';
  link.textContent = '我发起的案件';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'btn btn-default btn-sm sc-dismiss';
  close.textContent = '知道了';
  close.addEventListener('click', () => notice.remove());
  notice.append(link, close);
}

function startedCase(responseText) {
  try {
    const instance = JSON.parse(responseText);
    if (instance && instance.businessKey) {
      showStarted(instance.businessKey);
    }
  } catch (ignored) {
    // not a process instance
  }
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  this.scStart = String(method).toUpperCase() === 'POST' && START.test(String(url));
  return open.apply(this, arguments);
};
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function () {
  if (this.scStart) {
    this.addEventListener('load', () => {
      if (this.status === 200) {
        startedCase(this.responseText);
      }
    });
  }
  return send.apply(this, arguments);
};
if (window.fetch) {
  const fetchBefore = window.fetch;
  window.fetch = function (resource, init) {
    const url = typeof resource === 'string' ? resource : (resource && resource.url) || '';
    const method = (init && init.method) || (resource && resource.method) || 'GET';
    const answer = fetchBefore.apply(this, arguments);
    if (String(method).toUpperCase() === 'POST' && START.test(url)) {
      answer.then((response) => {
        if (response.status === 200) {
          response.clone().text().then(startedCase);
        }
      }).catch(() => {});
    }
    return answer;
  };
}

// ---- a case number in the search box -----------------------------------------------------------------------
function searchCase(caseNo) {
  const hash = window.location.hash.replace(/^#/, '');
  const at = hash.indexOf('?');
  const path = (at < 0 ? hash : hash.slice(0, at)) || '/';
  const params = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
  params.set('searchQuery', JSON.stringify([
    {type: 'processInstanceBusinessKey', operator: 'eq', value: caseNo.toUpperCase(), name: ''}
  ]));
  params.delete('task');
  params.delete('page');
  window.location.hash = '#' + path + '?' + params.toString();
}

document.addEventListener('keydown', (event) => {
  const input = event.target;
  if (event.key !== 'Enter' || !input || input.tagName !== 'INPUT' || !input.closest('[cam-widget-search]')) {
    return;
  }
  const match = CASE_NO.exec(input.value || '');
  if (!match) {
    return;
  }
  event.preventDefault();
  event.stopPropagation();
  input.value = '';
  input.blur();
  searchCase(match[1]);
}, true);

// ---- the due time on each card, to the minute --------------------------------------------------------------
// Tasklist's card says when a task is due relative to now (到期 3 天后) and keeps the time itself in a tooltip;
// the time is written beside it (2026-03-05 17:30), so that a clerk sees at a glance what comes due first.
function dueTimes() {
  document.querySelectorAll('.tasks-list li.task .due-date > span[uib-tooltip]').forEach((relative) => {
    const at = (relative.getAttribute('uib-tooltip') || '').trim();
    const card = relative.parentNode;
    let shown = card.querySelector('.sc-due-at');
    if (!at || at.indexOf('{{') >= 0) {
      return;
    }
    if (!shown) {
      shown = document.createElement('span');
      shown.className = 'sc-due-at';
      card.appendChild(shown);
    }
    if (shown.textContent !== at) {
      shown.textContent = at;
    }
  });
}
let dueScheduled = false;
new MutationObserver(() => {
  if (!dueScheduled) {
    dueScheduled = true;
    Promise.resolve().then(() => {
      dueScheduled = false;
      dueTimes();
    });
  }
}).observe(document.documentElement, {childList: true, subtree: true, attributes: true,
  attributeFilter: ['uib-tooltip']});

// ---- 我发起的案件 in the header ------------------------------------------------------------------------------
export default [{
  id: 'sc-my-cases',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: (node) => {
    const link = document.createElement('a');
    link.className = 'sc-my-cases-link';
    link.href = casesPage;
    link.target = '_blank';
    link.textContent = '我发起的案件';
    node.appendChild(link);
  }
}];
