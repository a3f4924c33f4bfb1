// What the staff's own pages (工作日历, 请假与代理, 案件审计) share: the login with the engine's users over HTTP Basic,
// kept for this tab only, and calls to their API that turn a refusal into an Error carrying the server's sentence
// (error.status tells a wrong password, 401, from a missing right, 403).
window.StaffSession = function (storageKey) {
  'use strict';

  const $ = (id) => document.getElementById(id);
  let credentials = sessionStorage.getItem(storageKey);

  async function request(method, url, body, accept) {
    const headers = {
      'Authorization': 'Basic ' + credentials,
      'Accept': accept || 'application/json',
      'X-Requested-With': 'XMLHttpRequest'
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(url, {
      method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      let message = response.status + ' ' + response.statusText;
      try { message = (await response.json()).message || message; } catch (ignored) { /* not JSON */ }
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return response;
  }

  return {
    loggedIn: () => credentials !== null,
    /** Forgets the login, after the server refused it. */
    forget() {
      credentials = null;
      sessionStorage.removeItem(storageKey);
    },
    request: request,
    /** The answer's JSON, or null for 204 No Content. */
    async json(method, url, body) {
      const response = await request(method, url, body);
      return response.status === 204 ? null : response.json();
    },
    /** The page's login form and logout button: start runs after each login. */
    bind(start) {
      $('login-form').addEventListener('submit', (event) => {
        event.preventDefault();
        $('login-error').textContent = '';
        const bytes = new TextEncoder().encode($('login-user').value + ':' + $('login-password').value);
        credentials = btoa(String.fromCharCode(...bytes));
        sessionStorage.setItem(storageKey, credentials);
        start();
      });
      $('logout').addEventListener('click', () => {
        sessionStorage.removeItem(storageKey);
        location.reload();
      });
    }
  };
};
