// The finder's two enhancements (issue 17); without this script the page works the same.
// 1. "Use my location": the browser's position, rounded to about 100 m, searched like a postcode.
// 2. With a tile server configured (MAP_TILE_URL), an interactive map of the results instead of the drawn one.
(() => {
  const locate = document.getElementById('hp-locate');
  const form = locate ? locate.closest('form') : null;
  if (locate && form && navigator.geolocation) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button--secondary';
    button.textContent = locate.dataset.label;
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    status.className = 'hint';
    locate.append(button, status);
    locate.hidden = false;
    button.addEventListener('click', () => {
      status.textContent = locate.dataset.busy;
      navigator.geolocation.getCurrentPosition(
        (p) => {
          const near = `${p.coords.latitude.toFixed(3)},${p.coords.longitude.toFixed(3)}`;
          const data = new FormData(form);
          data.delete('where');
          data.set('near', near);
          const query = new URLSearchParams();
          for (const [k, v] of data) if (v !== '') query.append(k, String(v));
          window.location.assign(`${form.action}?${query}`);
        },
        () => {
          status.textContent = locate.dataset.failed;
        },
        { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
      );
    });
  }

  const live = document.getElementById('hp-live-map');
  if (live && window.L) {
    const points = JSON.parse(live.dataset.points || '[]');
    if (!points.length) return;
    live.hidden = false;
    const drawn = document.querySelector('.hp-map');
    if (drawn) drawn.hidden = true;
    const map = window.L.map(live, { scrollWheelZoom: false });
    window.L.tileLayer(live.dataset.tiles, { attribution: live.dataset.attribution, maxZoom: 19 }).addTo(map);
    const bounds = [];
    for (const p of points) {
      const marker = window.L.circleMarker([p.lat, p.lon], { radius: 9, weight: 2 }).addTo(map);
      marker.bindTooltip(String(p.n), { permanent: true, direction: 'center', className: 'hp-live-n' });
      const link = document.createElement('a');
      link.href = p.url;
      link.textContent = `${p.n}. ${p.name}`;
      marker.bindPopup(link);
      bounds.push([p.lat, p.lon]);
    }
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
  }
})();
