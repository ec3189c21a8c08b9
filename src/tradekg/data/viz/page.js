"use strict";
// tradekg's interactive graph page: canvas drawing, pan and zoom, filters, search, provenance.
(function () {
  const data = JSON.parse(document.getElementById("tradekg-data").textContent);
  const nodesById = new Map(data.nodes.map(n => [n.id, n]));
  const canvas = document.getElementById("graph");
  const ctx = canvas.getContext("2d");
  const state = { view: "all", country: "", ego: false, kinds: new Set(["flow", "volume", "meeting", "office", "project"]),
                  from: null, to: null, selected: null, search: "", scale: 1, ox: 0, oy: 0, cx: 0, cy: 0, byValue: true };
  let visible = { nodes: [], edges: [] };
  let screen = new Map();
  let labelled = [];  // the labels drawn last time, with their boxes (for tests)

  const kindFilters = document.getElementById("kind-filters");
  for (const k of ["flow", "volume", "meeting", "office", "project"]) {
    const label = document.createElement("label");
    label.innerHTML = `<input type="checkbox" data-kind="${k}" checked> ${{flow: "trade flows", volume: "trade figures",
      meeting: "meetings", office: "offices held", project: "joint projects"}[k]}`;
    kindFilters.appendChild(label);
  }
  const legend = document.getElementById("legend");
  for (const [kind, colour] of Object.entries(data.colours)) {
    if (kind === "Resource") continue;
    const div = document.createElement("div");
    div.innerHTML = `<span class="swatch" style="background:${colour}"></span>${kind}`;
    legend.appendChild(div);
  }
  const countrySelect = document.getElementById("country-filter");
  for (const [code, name] of data.countries) {
    const o = document.createElement("option");
    o.value = code; o.textContent = `${name} (${code})`;
    countrySelect.appendChild(o);
  }

  function factVisible(fid) {
    const f = data.facts[fid];
    if (!f) return true;
    if (!state.kinds.has(f.kind)) return false;
    if (state.country && !state.ego && !(f.countries || []).includes(state.country)) return false;
    const year = parseInt((f.date || "").slice(0, 4), 10);
    if (state.from && (!year || year < state.from)) return false;
    if (state.to && (!year || year > state.to)) return false;
    return true;
  }

  function compute() {
    const view = data.views[state.view];
    let edges = view.edges.filter(e => factVisible(e[4]));
    if (state.country && state.ego) {
      const centre = data.nodes.find(n => n.kind === "Country" && n.id.endsWith("/" + state.country));
      const keep = new Set(centre ? [centre.id] : []);
      for (const e of edges) {
        if (centre && (e[0] === centre.id || e[1] === centre.id)) { keep.add(e[0]); keep.add(e[1]); }
      }
      edges = edges.filter(e => keep.has(e[0]) && keep.has(e[1]));
    }
    const ids = new Set();
    for (const e of edges) { ids.add(e[0]); ids.add(e[1]); }
    visible = { nodes: [...ids].filter(id => view.positions[id]).map(id => nodesById.get(id)), edges };
    const degree = new Map();
    for (const e of edges) for (const id of [e[0], e[1]]) degree.set(id, (degree.get(id) || 0) + 1);
    // labels go to the important nodes first: countries, then by facts and links
    visible.nodes.sort((a, b) => importance(b, degree) - importance(a, degree) || a.label.localeCompare(b.label));
    fitView();
  }

  function importance(n, degree) { return (n.kind === "Country" ? 1000 : 0) + n.facts.length + (degree.get(n.id) || 0); }

  // Fit the view to what is shown: a filtered graph fills the canvas instead of sitting in a corner.
  function fitView() {
    const pos = data.views[state.view].positions;
    const pts = visible.nodes.map(n => pos[n.id]).filter(Boolean);
    state.ox = 0; state.oy = 0;
    if (!pts.length) { state.scale = 1; state.cx = 0; state.cy = 0; draw(); return; }
    const xs = pts.map(p => p[0]), ys = pts.map(p => p[1]);
    const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
    state.cx = (minX + maxX) / 2; state.cy = (minY + maxY) / 2;
    const w = canvas.width / devicePixelRatio, h = canvas.height / devicePixelRatio;
    const base = Math.min(w, h) * 0.45;
    const s = Math.min((w - 160) / Math.max(maxX - minX, 1e-3), (h - 60) / Math.max(maxY - minY, 1e-3), base * 4);
    state.scale = Math.max(s, 1e-3) / base;
    draw();
  }

  function resize() {
    const r = canvas.getBoundingClientRect();
    canvas.width = Math.max(1, r.width * devicePixelRatio);
    canvas.height = Math.max(1, r.height * devicePixelRatio);
    fitView();
  }

  function project(id) {
    const p = data.views[state.view].positions[id];
    const w = canvas.width / devicePixelRatio, h = canvas.height / devicePixelRatio;
    const s = Math.min(w, h) * 0.45 * state.scale;
    return [w / 2 + (p[0] - state.cx) * s + state.ox, h / 2 - (p[1] - state.cy) * s + state.oy];
  }

  function radius(n) { return 4 + 3 * Math.sqrt(n.facts.length); }

  function draw() {
    const w = canvas.width / devicePixelRatio, h = canvas.height / devicePixelRatio;
    ctx.setTransform(devicePixelRatio, 0, 0, devicePixelRatio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, w, h);
    screen = new Map(visible.nodes.map(n => [n.id, project(n.id)]));
    const maxValue = Math.max(1, ...visible.edges.map(e => e[5] || 0));
    const counts = new Map();
    for (const e of visible.edges) { const k = e[0] + "|" + e[1]; counts.set(k, (counts.get(k) || 0) + 1); }
    ctx.lineCap = "round";
    for (const e of visible.edges) {
      const a = screen.get(e[0]), b = screen.get(e[1]);
      if (!a || !b) continue;
      const width = state.byValue && e[5] ? 1 + 6 * e[5] / maxValue : Math.min(8, counts.get(e[0] + "|" + e[1]));
      const hot = state.selected && (e[0] === state.selected || e[1] === state.selected);
      ctx.strokeStyle = hot ? "rgba(40,40,40,0.8)" : "rgba(120,120,120,0.35)";
      ctx.lineWidth = width;
      ctx.beginPath(); ctx.moveTo(a[0], a[1]); ctx.lineTo(b[0], b[1]); ctx.stroke();
      if (e[6]) {
        const ang = Math.atan2(b[1] - a[1], b[0] - a[0]);
        const r = radius(nodesById.get(e[1])) + 2;
        const tx = b[0] - Math.cos(ang) * r, ty = b[1] - Math.sin(ang) * r;
        ctx.fillStyle = ctx.strokeStyle;
        ctx.beginPath(); ctx.moveTo(tx, ty);
        ctx.lineTo(tx - 9 * Math.cos(ang - 0.4), ty - 9 * Math.sin(ang - 0.4));
        ctx.lineTo(tx - 9 * Math.cos(ang + 0.4), ty - 9 * Math.sin(ang + 0.4)); ctx.fill();
      }
      if (hot || (visible.edges.length < 80 && state.scale > 0.9)) {
        ctx.fillStyle = "#555"; ctx.font = "10px system-ui";
        ctx.fillText(e[2], (a[0] + b[0]) / 2 + 3, (a[1] + b[1]) / 2 - 3);
      }
    }
    const q = state.search.toLowerCase();
    const marked = n => n.id === state.selected || (q && n.label.toLowerCase().includes(q));
    for (const n of visible.nodes) {
      const [x, y] = screen.get(n.id);
      const r = radius(n);
      ctx.fillStyle = data.colours[n.kind] || "#777";
      ctx.beginPath(); ctx.arc(x, y, r, 0, 2 * Math.PI); ctx.fill();
      if (marked(n)) { ctx.strokeStyle = "#000"; ctx.lineWidth = 3; ctx.stroke(); }
    }
    // Labels by importance (nodes are sorted so), each where it overlaps no label already placed:
    // to the right of its node, else left, above or below; a label with no free place is left out
    // (hover or zoom shows it). Selected and searched nodes are labelled first.
    ctx.font = "11px system-ui";
    labelled = [];
    const order = visible.nodes.filter(marked).concat(visible.nodes.filter(n => !marked(n)));
    const overlaps = b => labelled.some(o => b[0] < o.box[2] && o.box[0] < b[2] && b[1] < o.box[3] && o.box[1] < b[3]);
    for (const n of order) {
      const [x, y] = screen.get(n.id);
      if (x < 0 || y < 0 || x > w || y > h) continue;
      const r = radius(n), text = n.label.slice(0, 40), tw = ctx.measureText(text).width;
      const spots = [[x + r + 3, y + 4], [x - r - 3 - tw, y + 4], [x - tw / 2, y - r - 4], [x - tw / 2, y + r + 12]];
      for (const [lx, ly] of spots) {
        const box = [lx - 1, ly - 10, lx + tw + 1, ly + 3];
        if (!marked(n) && overlaps(box)) continue;
        ctx.fillStyle = "rgba(255,255,255,0.75)"; ctx.fillRect(box[0], box[1], box[2] - box[0], box[3] - box[1]);
        ctx.fillStyle = "#111"; ctx.fillText(text, lx, ly);
        labelled.push({ label: n.label, box });
        break;
      }
    }
    document.getElementById("status").textContent =
      `${visible.nodes.length} nodes, ${visible.edges.length} edges — drag to pan, wheel to zoom`;
  }

  function esc(s) { return String(s).replace(/[&<>"]/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c])); }

  function select(id) {
    state.selected = id;
    const n = nodesById.get(id);
    const panel = document.getElementById("details");
    if (!n) { panel.innerHTML = "<p>Click a node to see its facts.</p>"; draw(); return; }
    const facts = n.facts.filter(factVisible).map(fid => {
      const f = data.facts[fid];
      return `<div class="fact"><div class="kind">${esc(f.kind)}</div><div>${esc(f.summary)}</div>` +
        (f.sentence ? `<blockquote class="provenance">${esc(f.sentence)}</blockquote>` : "") +
        `<div class="where">document ${esc(f.doc)}${f.start ? `, characters ${esc(f.start)}–${esc(f.end)}` : ""}` +
        `${f.date ? `, ${esc(f.date)}` : ""}</div></div>`;
    }).join("");
    panel.innerHTML = `<h2 id="selected-label">${esc(n.label)}</h2><div>${esc(n.kind)} · ${n.facts.length} fact(s)</div>${facts}`;
    draw();
  }

  function nodeAt(x, y) {
    let best = null, bestD = Infinity;
    for (const n of visible.nodes) {
      const p = screen.get(n.id); if (!p) continue;
      const d = Math.hypot(p[0] - x, p[1] - y);
      if (d <= radius(n) + 4 && d < bestD) { best = n; bestD = d; }
    }
    return best;
  }

  let drag = null;
  canvas.addEventListener("mousedown", ev => { drag = { x: ev.offsetX, y: ev.offsetY, ox: state.ox, oy: state.oy, moved: false }; });
  canvas.addEventListener("mousemove", ev => {
    if (drag) {
      const dx = ev.offsetX - drag.x, dy = ev.offsetY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      state.ox = drag.ox + dx; state.oy = drag.oy + dy; draw();
    } else {
      const n = nodeAt(ev.offsetX, ev.offsetY);
      canvas.title = n ? `${n.label} (${n.kind}, ${n.facts.length} facts)` : "";
    }
  });
  canvas.addEventListener("mouseup", ev => {
    if (drag && !drag.moved) { const n = nodeAt(ev.offsetX, ev.offsetY); select(n ? n.id : null); }
    drag = null;
  });
  canvas.addEventListener("wheel", ev => {
    ev.preventDefault();
    state.scale *= ev.deltaY < 0 ? 1.15 : 1 / 1.15; draw();
  }, { passive: false });

  document.getElementById("view").addEventListener("change", ev => { state.view = ev.target.value; compute(); });
  document.getElementById("width-by-value").addEventListener("change", ev => { state.byValue = ev.target.checked; draw(); });
  countrySelect.addEventListener("change", ev => { state.country = ev.target.value; compute(); });
  document.getElementById("ego").addEventListener("change", ev => { state.ego = ev.target.checked; compute(); });
  kindFilters.addEventListener("change", ev => {
    const k = ev.target.dataset.kind; if (!k) return;
    if (ev.target.checked) state.kinds.add(k); else state.kinds.delete(k);
    compute();
  });
  for (const [id, key] of [["date-from", "from"], ["date-to", "to"]]) {
    document.getElementById(id).addEventListener("input", ev => { state[key] = parseInt(ev.target.value, 10) || null; compute(); });
  }
  document.getElementById("search").addEventListener("input", ev => {
    state.search = ev.target.value;
    const q = state.search.toLowerCase();
    const hit = q && visible.nodes.find(n => n.label.toLowerCase().includes(q));
    if (hit) {
      const p = data.views[state.view].positions[hit.id];
      const w = canvas.width / devicePixelRatio, h = canvas.height / devicePixelRatio;
      const s = Math.min(w, h) * 0.45 * state.scale;
      state.ox = -(p[0] - state.cx) * s; state.oy = (p[1] - state.cy) * s;
      select(hit.id);
    } else draw();
  });
  window.addEventListener("resize", resize);

  // A small API for tests and for users who script the page.
  window.tradekg = {
    visibleNodes: () => visible.nodes.map(n => n.label),
    visibleEdges: () => visible.edges.length,
    screenPosition: label => { const n = visible.nodes.find(m => m.label === label); return n ? screen.get(n.id) : null; },
    select: label => { const n = visible.nodes.find(m => m.label === label); if (n) select(n.id); return !!n; },
    labels: () => labelled.map(l => ({ label: l.label, box: l.box })),
    canvasSize: () => [canvas.width / devicePixelRatio, canvas.height / devicePixelRatio],
  };
  if (data.start && data.start.country) {  // `tradekg viz --country X`: open on that country and its partners
    countrySelect.value = data.start.country; state.country = data.start.country;
    state.ego = true; document.getElementById("ego").checked = true;
  }
  resize();
  compute();
})();
