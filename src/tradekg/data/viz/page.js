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
    if (state.view === "map") { computeMap(); return; }
    const view = data.views[state.view];
    let edges = view.edges.filter(e => factVisible(e[4]));
    if (state.country && state.ego) {
      const centre = data.nodes.find(n => n.kind === "Country" && n.code === state.country);
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
    if (state.view === "map") { state.scale = 1; state.ox = 0; state.oy = 0; state.cx = 10; state.cy = 12; draw(); return; }
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
    if (state.view === "map") { drawMap(); return; }
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
    const facts = n.facts.filter(factVisible).map(factCard).join("");
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
    } else if (state.view === "map") {
      const item = mapItemAt(ev.offsetX, ev.offsetY);
      canvas.title = item ? item.title : "";
    } else {
      const n = nodeAt(ev.offsetX, ev.offsetY);
      canvas.title = n ? `${n.label} (${n.kind}, ${n.facts.length} facts)` : "";
    }
  });
  canvas.addEventListener("mouseup", ev => {
    if (drag && !drag.moved) {
      if (state.view === "map") selectMapItem(mapItemAt(ev.offsetX, ev.offsetY));
      else { const n = nodeAt(ev.offsetX, ev.offsetY); select(n ? n.id : null); }
    }
    drag = null;
  });
  canvas.addEventListener("wheel", ev => {
    ev.preventDefault();
    state.scale *= ev.deltaY < 0 ? 1.15 : 1 / 1.15; draw();
  }, { passive: false });

  document.getElementById("view").addEventListener("change", ev => {
    state.view = ev.target.value; state.selected = null;
    mapLegend.hidden = state.view !== "map"; legend.hidden = state.view === "map";
    compute();
  });
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

  // ------------------------------------------------------------------ the world map view
  // Countries as their outlines (Natural Earth), shaded by how many visible facts name them; flows
  // as arcs from exporter to importer, one per pair and direction, as wide as their flows (or
  // value), coloured by their commonest modality, labelled with their top commodities; total-trade
  // figures as dashed lines with the amount; meetings as markers at the meeting place.
  const map = data.map || { shapes: {}, points: {}, former: {}, modalities: {} };
  let mapState = { arcs: [], volumes: [], meetings: [], counts: new Map(), drawnShapes: 0 };
  const mapLegend = document.getElementById("map-legend");
  mapLegend.innerHTML = Object.entries(map.modalities).map(([m, c]) =>
    `<div><span class="swatch" style="background:${c};border-radius:0"></span>${m}</div>`).join("") +
    `<div><span class="swatch" style="background:#ff7f0e"></span>meeting</div>` +
    (Object.keys(map.former).length ? `<p class="where">${esc(map.note)}</p>` : "");

  function mapProject(lon, lat) {
    const w = canvas.width / devicePixelRatio, h = canvas.height / devicePixelRatio;
    const s = Math.min(w / 360, h / 160) * state.scale;  // equirectangular
    return [w / 2 + (lon - state.cx) * s + state.ox, h / 2 - (lat - state.cy) * s + state.oy];
  }

  function computeMap() {
    const arcs = new Map(), volumes = new Map(), counts = new Map(), meetings = [];
    const bump = code => { for (const c of (map.former[code] || [code])) counts.set(c, (counts.get(c) || 0) + 1); };
    for (const [fid, f] of Object.entries(data.facts)) {
      if (!factVisible(fid)) continue;
      if (state.country && state.ego && !(f.countries || []).includes(state.country)) continue;
      if (f.kind === "flow" && map.points[f.exp] && map.points[f.imp] && f.exp !== f.imp) {
        const key = f.exp + ">" + f.imp;
        const arc = arcs.get(key) || { from: f.exp, to: f.imp, facts: [], value: 0, labels: new Map(), modalities: new Map() };
        arc.facts.push(fid); arc.value += f.value || 0;
        arc.labels.set(f.label, (arc.labels.get(f.label) || 0) + 1);
        arc.modalities.set(f.modality, (arc.modalities.get(f.modality) || 0) + 1);
        arcs.set(key, arc); bump(f.exp); bump(f.imp);
      } else if (f.kind === "volume" && map.points[f.a] && map.points[f.b]) {
        const key = [f.a, f.b].sort().join("~");
        const v = volumes.get(key) || { a: f.a, b: f.b, facts: [], value: 0, currency: f.currency };
        v.facts.push(fid); v.value = Math.max(v.value, f.value || 0); volumes.set(key, v); bump(f.a); bump(f.b);
      } else if (f.kind === "meeting" && f.at) {
        meetings.push({ fid, at: f.at, title: f.summary });
      } else if (f.kind !== "meeting") {
        for (const c of f.countries || []) bump(c);
      }
    }
    const list = [...arcs.values()];
    for (const a of list) {
      a.top = [...a.labels.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(x => x[0]);
      a.modality = [...a.modalities.entries()].sort((x, y) => y[1] - x[1])[0][0];
      a.title = `${a.from} → ${a.to}: ${a.facts.length} flow(s): ${a.top.slice(0, 5).join(", ")}` +
        (a.top.length > 5 ? ` +${a.top.length - 5}` : "") + (a.value ? `, ${Math.round(a.value / 1e6).toLocaleString()}M` : "");
    }
    list.sort((x, y) => y.facts.length - x.facts.length || y.value - x.value);
    mapState = { arcs: list, volumes: [...volumes.values()], meetings, counts, drawnShapes: 0 };
    visible = { nodes: [], edges: [] };
    fitView();
  }

  function arcGeometry(a) {
    const [x1, y1] = mapProject(...map.points[a.from]), [x2, y2] = mapProject(...map.points[a.to]);
    const bend = 0.2;  // bend right of the direction, so A->B and B->A part
    const cx = (x1 + x2) / 2 + bend * (y2 - y1), cy = (y1 + y2) / 2 - bend * (x2 - x1);
    return { x1, y1, x2, y2, cx, cy, mx: 0.25 * x1 + 0.5 * cx + 0.25 * x2, my: 0.25 * y1 + 0.5 * cy + 0.25 * y2 };
  }

  function drawMap() {
    const w = canvas.width / devicePixelRatio, h = canvas.height / devicePixelRatio;
    ctx.setTransform(devicePixelRatio, 0, 0, devicePixelRatio, 0, 0);
    ctx.fillStyle = "#eef3f7"; ctx.fillRect(0, 0, w, h);
    const top = Math.max(1, ...mapState.counts.values());
    let drawn = 0;
    for (const [code, shape] of Object.entries(map.shapes)) {
      const n = mapState.counts.get(code) || 0;
      const t = n ? 0.25 + 0.75 * Math.log(1 + n) / Math.log(1 + top) : 0;
      ctx.fillStyle = n ? `rgba(31,119,180,${t.toFixed(3)})` : "#f8f8f5";
      ctx.strokeStyle = "#b9b9b9"; ctx.lineWidth = 0.5;
      ctx.beginPath();
      for (const ring of shape.rings) {
        ring.forEach((p, i) => { const [x, y] = mapProject(p[0], p[1]); if (i) ctx.lineTo(x, y); else ctx.moveTo(x, y); });
        ctx.closePath();
      }
      ctx.fill(); ctx.stroke(); drawn++;
    }
    mapState.drawnShapes = drawn;
    const most = Math.max(1, ...mapState.arcs.map(a => a.facts.length));
    const richest = Math.max(0, ...mapState.arcs.map(a => a.value));
    ctx.setLineDash([5, 4]); ctx.strokeStyle = "rgba(80,80,80,0.6)"; ctx.lineWidth = 1.2;
    for (const v of mapState.volumes) {
      const [x1, y1] = mapProject(...map.points[v.a]), [x2, y2] = mapProject(...map.points[v.b]);
      ctx.beginPath(); ctx.moveTo(x1, y1); ctx.lineTo(x2, y2); ctx.stroke();
      v.mid = [(x1 + x2) / 2, (y1 + y2) / 2];
    }
    ctx.setLineDash([]);
    for (const a of mapState.arcs) {
      const g = arcGeometry(a); a.g = g;
      const width = state.byValue && richest && a.value ? 1.5 + 7 * Math.sqrt(a.value / richest)
                                                        : 1.2 + 6 * Math.sqrt(a.facts.length / most);
      const hot = state.selected === a;
      ctx.strokeStyle = map.modalities[a.modality] || "#555"; ctx.globalAlpha = hot ? 1 : 0.75; ctx.lineWidth = width;
      ctx.beginPath(); ctx.moveTo(g.x1, g.y1); ctx.quadraticCurveTo(g.cx, g.cy, g.x2, g.y2); ctx.stroke();
      const ang = Math.atan2(g.y2 - g.cy, g.x2 - g.cx);
      ctx.fillStyle = ctx.strokeStyle; ctx.beginPath(); ctx.moveTo(g.x2, g.y2);
      ctx.lineTo(g.x2 - (8 + width) * Math.cos(ang - 0.35), g.y2 - (8 + width) * Math.sin(ang - 0.35));
      ctx.lineTo(g.x2 - (8 + width) * Math.cos(ang + 0.35), g.y2 - (8 + width) * Math.sin(ang + 0.35)); ctx.fill();
      ctx.globalAlpha = 1;
    }
    for (const m of mapState.meetings) {
      const [x, y] = mapProject(m.at[0], m.at[1]); m.xy = [x, y];
      ctx.fillStyle = "#ff7f0e"; ctx.strokeStyle = "#fff"; ctx.lineWidth = 1.5;
      ctx.beginPath(); ctx.arc(x, y, 5, 0, 2 * Math.PI); ctx.fill(); ctx.stroke();
    }
    // labels: countries in the picture, then the heaviest arcs' goods, then the figures; none overlapping
    ctx.font = "11px system-ui"; labelled = [];
    const free = b => !labelled.some(o => b[0] < o.box[2] && o.box[0] < b[2] && b[1] < o.box[3] && o.box[1] < b[3]);
    const put = (text, x, y, colour, label) => {
      const tw = ctx.measureText(text).width, box = [x - tw / 2 - 2, y - 10, x + tw / 2 + 2, y + 3];
      if (box[2] < 0 || box[0] > w || box[3] < 0 || box[1] > h || !free(box)) return;
      ctx.fillStyle = "rgba(255,255,255,0.8)"; ctx.fillRect(box[0], box[1], box[2] - box[0], box[3] - box[1]);
      ctx.fillStyle = colour; ctx.fillText(text, x - tw / 2, y); labelled.push({ label, box });
    };
    const named = [...mapState.counts.keys()].filter(c => map.points[c] || map.shapes[c])
      .sort((a, b) => mapState.counts.get(b) - mapState.counts.get(a));
    for (const code of named) {
      if (!map.points[code]) continue;
      const [x, y] = mapProject(...map.points[code]);
      put((map.shapes[code] || {}).name || code, x, y + 4, "#111", code);
    }
    ctx.font = "10px system-ui";
    for (const a of mapState.arcs.slice(0, 40)) {
      put(a.top.slice(0, 3).join(", ") + (a.top.length > 3 ? ` +${a.top.length - 3}` : ""), a.g.mx, a.g.my,
          map.modalities[a.modality] || "#333", a.from + ">" + a.to);
    }
    for (const v of mapState.volumes) {
      put(`trade ${Math.round(v.value / 1e6).toLocaleString()}M ${v.currency || ""}`.trim(), v.mid[0], v.mid[1] + 12, "#444", v.a + "~" + v.b);
    }
    document.getElementById("status").textContent = `${mapState.arcs.length} trade arcs, ${mapState.volumes.length} ` +
      `trade figures, ${mapState.meetings.length} meetings — drag to pan, wheel to zoom, click an arc`;
  }

  function mapItemAt(x, y) {
    for (const m of mapState.meetings) if (m.xy && Math.hypot(m.xy[0] - x, m.xy[1] - y) < 8) return { kind: "meeting", item: m, title: m.title };
    let best = null, bestD = 8;
    for (const a of mapState.arcs) {
      if (!a.g) continue;
      for (let t = 0; t <= 1.0001; t += 0.05) {
        const px = (1 - t) * (1 - t) * a.g.x1 + 2 * (1 - t) * t * a.g.cx + t * t * a.g.x2;
        const py = (1 - t) * (1 - t) * a.g.y1 + 2 * (1 - t) * t * a.g.cy + t * t * a.g.y2;
        const d = Math.hypot(px - x, py - y);
        if (d < bestD) { bestD = d; best = a; }
      }
    }
    if (best) return { kind: "arc", item: best, title: best.title };
    for (const v of mapState.volumes) if (v.mid && Math.hypot(v.mid[0] - x, v.mid[1] - y) < 10) return { kind: "volume", item: v, title: `trade ${v.a}–${v.b}` };
    return null;
  }

  function factCard(fid) {
    const f = data.facts[fid];
    return `<div class="fact"><div class="kind">${esc(f.kind)}</div><div>${esc(f.summary)}</div>` +
      (f.sentence ? `<blockquote class="provenance">${esc(f.sentence)}</blockquote>` : "") +
      `<div class="where">document ${esc(f.doc)}${f.start ? `, characters ${esc(f.start)}–${esc(f.end)}` : ""}` +
      `${f.date ? `, ${esc(f.date)}` : ""}</div></div>`;
  }

  function selectMapItem(hit) {
    const panel = document.getElementById("details");
    state.selected = hit ? hit.item : null;
    if (!hit) { panel.innerHTML = "<p>Click an arc, a dashed line or a meeting to see its facts.</p>"; draw(); return; }
    const facts = hit.kind === "meeting" ? [hit.item.fid] : hit.item.facts;
    panel.innerHTML = `<h2 id="selected-label">${esc(hit.title)}</h2>` + facts.map(factCard).join("");
    draw();
  }

  // A small API for tests and for users who script the page.
  window.tradekg = {
    visibleNodes: () => visible.nodes.map(n => n.label),
    visibleEdges: () => visible.edges.length,
    screenPosition: label => { const n = visible.nodes.find(m => m.label === label); return n ? screen.get(n.id) : null; },
    select: label => { const n = visible.nodes.find(m => m.label === label); if (n) select(n.id); return !!n; },
    labels: () => labelled.map(l => ({ label: l.label, box: l.box })),
    canvasSize: () => [canvas.width / devicePixelRatio, canvas.height / devicePixelRatio],
    setView: view => { const sel = document.getElementById("view"); sel.value = view; sel.dispatchEvent(new Event("change")); },
    mapArcs: () => mapState.arcs.map(a => ({ from: a.from, to: a.to, flows: a.facts.length, labels: a.top,
                                              modality: a.modality, at: a.g ? [a.g.mx, a.g.my] : null })),
    mapShapes: () => mapState.drawnShapes,
    mapMeetings: () => mapState.meetings.map(m => ({ title: m.title, at: m.xy })),
  };
  if (data.start && data.start.country) {  // `tradekg viz --country X`: open on that country and its partners
    countrySelect.value = data.start.country; state.country = data.start.country;
    state.ego = true; document.getElementById("ego").checked = true;
  }
  resize();
  compute();
})();
