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
  const say = (text) => {
    status.textContent = text;
    status.hidden = !text;
  };
  const show = (refused) => {
    const n = read().length;
    const parts = [];
    if (n) parts.push((n === 1 ? status.dataset.waitingOne : status.dataset.waitingMany).replace('#', n));
    if (refused) parts.push(status.dataset.refused.replace('#', refused));
    say(parts.join(' '));
  };
  const newKey = () => {
    const input = form.querySelector('input[name=clientKey]');
    if (input && window.crypto && crypto.randomUUID) input.value = crypto.randomUUID();
  };
  // Answers 'sent', 'refused' (the server said no: a 4xx other than a lost session) or 'later'.
  const send = async (item) => {
    try {
      const res = await fetch(item.action, {
        method: 'POST',
        body: new URLSearchParams(item.body),
        credentials: 'same-origin',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      if (res.type === 'opaqueredirect' || res.ok) return 'sent';
      return res.status >= 400 && res.status < 500 && res.status !== 403 ? 'refused' : 'later';
    } catch {
      return 'later';
    }
  };
  let syncing = false;
  const sync = async () => {
    if (syncing || !navigator.onLine) return;
    syncing = true;
    let refused = 0;
    for (const item of read()) {
      const r = await send(item);
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
    const item = { key: String(data.get('clientKey')), action: form.action, body: [...data.entries()] };
    e.preventDefault();
    const r = navigator.onLine ? await send(item) : 'later';
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
