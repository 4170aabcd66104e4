// The support-session form without a network (issue 16): entries wait on the device and are sent when the
// network comes back. Each carries its idempotency key (clientKey), so a send repeated after a lost answer
// makes no second entry. Without this script the form is a normal form.
(() => {
  const form = document.querySelector('form.log-form');
  const status = document.getElementById('offline-status');
  if (!form || !status || !window.fetch || !window.localStorage) return;
  const KEY = 'inclusio.pending-sessions';
  const read = () => {
    try {
      return JSON.parse(localStorage.getItem(KEY) || '[]');
    } catch {
      return [];
    }
  };
  const write = (list) => localStorage.setItem(KEY, JSON.stringify(list));
  // A shared computer keeps each helper's entries apart: only the signed-in helper's are counted and sent.
  const account = status.dataset.account;
  const mine = () => read().filter((x) => x.account === account);
  const say = (text) => {
    status.textContent = text;
    status.hidden = !text;
  };
  const show = (refused) => {
    const n = mine().length;
    const parts = [];
    if (n) parts.push((n === 1 ? status.dataset.waitingOne : status.dataset.waitingMany).replace('#', n));
    if (refused) parts.push(status.dataset.refused.replace('#', refused));
    say(parts.join(' '));
  };
  const newKey = () => {
    const input = form.querySelector('input[name=clientKey]');
    if (input && window.crypto && crypto.randomUUID) input.value = crypto.randomUUID();
  };
  // Answers 'sent', 'refused' (the server said no: a 4xx other than a lost session) or 'later'. A saved entry
  // is answered with a redirect. An entry that waited is sent following it, to see where it leads: when the
  // session ended meanwhile (a password changed on another device), to the sign-in page, and nothing was saved.
  const send = async (item, waited) => {
    try {
      const res = await fetch(item.action, {
        method: 'POST',
        body: new URLSearchParams(item.body),
        credentials: 'same-origin',
        redirect: waited ? 'follow' : 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      if (res.type === 'opaqueredirect') return 'sent';
      if (res.ok) return /\/sign-in$/.test(new URL(res.url).pathname) ? 'later' : 'sent';
      return res.status >= 400 && res.status < 500 && res.status !== 403 ? 'refused' : 'later';
    } catch {
      return 'later';
    }
  };
  // The CSRF token is bound to the session it was made in. An entry that waited goes with this page's token,
  // so that it still goes after the session it was made in ended and the same helper signed in again.
  const withToken = (item) => {
    const input = form.querySelector('input[name=_csrf]');
    if (!input) return item;
    return { ...item, body: item.body.map(([k, v]) => (k === '_csrf' ? [k, input.value] : [k, v])) };
  };
  let syncing = false;
  const sync = async () => {
    if (syncing || !navigator.onLine) return;
    syncing = true;
    let refused = 0;
    for (const item of mine()) {
      const r = await send(withToken(item), true);
      if (r === 'later') break;
      if (r === 'refused') refused++;
      write(read().filter((x) => x.key !== item.key));
    }
    syncing = false;
    show(refused);
  };
  form.addEventListener('submit', async (e) => {
    const data = new FormData(form);
    if (e.submitter && e.submitter.name) data.set(e.submitter.name, e.submitter.value);
    const item = {
      key: String(data.get('clientKey')),
      account,
      action: form.action,
      body: [...data.entries()],
    };
    e.preventDefault();
    const r = navigator.onLine ? await send(item, false) : 'later';
    if (r === 'sent') {
      location.assign(data.get('next') === 'another' ? status.dataset.another : status.dataset.done);
    } else if (r === 'refused') {
      form.submit(); // the server's own page says what to correct
    } else {
      write([...read().filter((x) => x.key !== item.key), item]);
      newKey();
      show(0);
      status.focus();
    }
  });
  window.addEventListener('online', sync);
  show(0);
  sync();
})();
