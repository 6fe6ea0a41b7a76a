// The diplograph page: draws the graph embedded as JSON with vis-network, and offers a legend that
// filters by type, filters by state, article and dates, search, focus on N hops, a details panel
// with the evidence of every fact, and meetings by date.
// Every text that comes from an article goes into the page through textContent, never innerHTML,
// and only http(s) URLs become links.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("diplograph-data").textContent);
  var N = D.nodes.length;
  // Node record fields (see render.py: _page_data).
  var IRI = 0, LABEL = 1, TEXT = 2, TYPE = 3, X = 4, Y = 5, DEGREE = 6, DATE = 7, CODE = 8, EV = 9, ART = 10,
      ARTS = 11, STATES = 12, SPANS = 13, SPELLINGS = 14;
  var FROM = 0, TO = 1, ELABEL = 2, FACTS = 3;
  var F_ART = 0, F_EV = 1, F_DATE = 2, F_TITLE = 3, F_S = 4, F_O = 5, F_LABEL = 6;

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function safeUrl(url) {
    if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return null;
    try {
      var u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) { return null; }
  }
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function short(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + "…" : s; }

  $("title").textContent = D.title;
  if (D.notice) { $("notice").textContent = D.notice; $("notice").hidden = false; }

  // ---- adjacency (for focus and the details panel)
  var adjacent = [], incident = [];
  for (var i = 0; i < N; i++) { adjacent.push([]); incident.push([]); }
  D.edges.forEach(function (e, k) {
    adjacent[e[FROM]].push(e[TO]); adjacent[e[TO]].push(e[FROM]);
    incident[e[FROM]].push(k); if (e[TO] !== e[FROM]) incident[e[TO]].push(k);
  });

  // ---- filters
  var filter = { types: new Set(D.types.map(function (t) { return t[0]; })), state: -1, article: -1,
                 since: "", until: "", focus: null };
  var visible = new Uint8Array(N);
  function nodePasses(i) {
    var n = D.nodes[i];
    if (!filter.types.has(D.types[n[TYPE]][0])) return false;
    if (filter.focus && !filter.focus.has(i)) return false;
    if (filter.state >= 0 && n[STATES].indexOf(filter.state) < 0) return false;
    if (filter.article >= 0 && n[ARTS].indexOf(filter.article) < 0) return false;
    if ((filter.since || filter.until) && n[SPANS].length) {
      var lo = filter.since || "0000-01-01", hi = filter.until || "9999-12-31";
      if (!n[SPANS].some(function (s) { return s[0] <= hi && s[1] >= lo; })) return false;
    }
    return true;
  }
  function edgePasses(k) {
    var e = D.edges[k];
    if (!visible[e[FROM]] || !visible[e[TO]]) return false;
    if (filter.article >= 0) {
      return e[FACTS].some(function (f) { return D.facts[f][F_ART] === filter.article; });
    }
    return true;
  }

  // ---- the network (positions computed in Python, physics off: big graphs draw at once)
  var groups = {};
  D.types.forEach(function (t) { groups[t[0]] = { color: { background: t[1], border: t[1] }, shape: t[2] }; });
  var nodes = new vis.DataSet(D.nodes.map(function (n, i) {
    return { id: i, label: n[LABEL], group: D.types[n[TYPE]][0], x: n[X], y: n[Y], value: n[DEGREE] };
  }));
  var edges = new vis.DataSet(D.edges.map(function (e, k) {
    return { id: k, from: e[FROM], to: e[TO], label: e[ELABEL] };
  }));
  for (i = 0; i < N; i++) visible[i] = 1;
  var nodeView = new vis.DataView(nodes, { filter: function (item) { return visible[item.id] === 1; } });
  var edgeView = new vis.DataView(edges, { filter: function (item) { return edgePasses(item.id); } });
  var big = N > 1000;
  var network = new vis.Network($("network"), { nodes: nodeView, edges: edgeView }, {
    physics: false,
    layout: { improvedLayout: false },
    groups: groups,
    nodes: { font: { size: 14 }, scaling: { min: 8, max: 30, label: { enabled: false, drawThreshold: 7 } },
             borderWidth: 1 },
    edges: { smooth: false, width: 1, color: { color: "#b8b8b8", highlight: "#444", hover: "#666" },
             arrows: { to: { enabled: true, scaleFactor: 0.4 } },
             font: { size: 10, color: "#666", strokeWidth: 2, align: "middle" },
             scaling: { label: { drawThreshold: 8 } } },
    interaction: { hover: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 200 },
  });
  var firstDraw = null;
  network.once("afterDrawing", function () { firstDraw = performance.now(); });

  function refresh() {
    for (var i = 0; i < N; i++) visible[i] = nodePasses(i) ? 1 : 0;
    nodeView.refresh();
    edgeView.refresh();
    $("count").textContent = nodeView.length + " of " + N + " nodes, " + edgeView.length + " of " + D.edges.length +
      " links shown";
    renderTimeline();
  }

  // ---- legend = type filter
  var typeCounts = {};
  D.nodes.forEach(function (n) { var t = D.types[n[TYPE]][0]; typeCounts[t] = (typeCounts[t] || 0) + 1; });
  D.types.forEach(function (t) {
    var label = el("label"), box = el("input"), glyph = el("span", "glyph", t[3]);
    box.type = "checkbox"; box.checked = true; box.id = "type-" + t[0]; box.value = t[0];
    glyph.style.color = t[1];
    label.appendChild(box); label.appendChild(glyph);
    label.appendChild(document.createTextNode(t[0] + " (" + (typeCounts[t[0]] || 0) + ")"));
    box.addEventListener("change", function () {
      if (box.checked) filter.types.add(t[0]); else filter.types.delete(t[0]);
      refresh();
    });
    $("legend").appendChild(label);
  });

  // ---- state, article and date filters
  D.states.map(function (s, k) { return [s, k]; })
    .sort(function (a, b) { return a[0][1].localeCompare(b[0][1]); })
    .forEach(function (p) {
      var o = el("option", null, p[0][1] + (p[0][0] ? " (" + p[0][0] + ")" : ""));
      o.value = String(p[1]);
      $("filter-state").appendChild(o);
    });
  D.articles.forEach(function (a, k) {
    var o = el("option", null, short(a[1] || a[0], 60) + (a[3] ? " · " + a[3] : ""));
    o.value = String(k);
    $("filter-article").appendChild(o);
  });
  $("filter-state").addEventListener("change", function (ev) {
    filter.state = ev.target.value === "" ? -1 : Number(ev.target.value); refresh();
  });
  $("filter-article").addEventListener("change", function (ev) {
    filter.article = ev.target.value === "" ? -1 : Number(ev.target.value); refresh();
  });
  $("filter-since").addEventListener("change", function (ev) { filter.since = ev.target.value; refresh(); });
  $("filter-until").addEventListener("change", function (ev) { filter.until = ev.target.value; refresh(); });
  $("reset").addEventListener("click", function () {
    filter.types = new Set(D.types.map(function (t) { return t[0]; }));
    filter.state = filter.article = -1; filter.since = filter.until = ""; filter.focus = null;
    document.querySelectorAll("#legend input").forEach(function (b) { b.checked = true; });
    $("filter-state").value = $("filter-article").value = $("filter-since").value = $("filter-until").value = "";
    $("focus-clear").disabled = true;
    refresh();
  });

  // ---- focus on N hops around the selected node
  var selected = -1;
  function neighbourhood(start, hops) {
    var seen = new Set([start]), frontier = [start];
    for (var h = 0; h < hops && frontier.length; h++) {
      var next = [];
      frontier.forEach(function (i) {
        adjacent[i].forEach(function (j) { if (!seen.has(j)) { seen.add(j); next.push(j); } });
      });
      frontier = next;
    }
    return seen;
  }
  $("focus-apply").addEventListener("click", function () {
    if (selected < 0) return;
    filter.focus = neighbourhood(selected, Math.max(0, Number($("focus-hops").value) || 0));
    $("focus-clear").disabled = false;
    refresh();
    network.fit({ nodes: nodeView.getIds(), animation: false });
  });
  $("focus-clear").addEventListener("click", function () {
    filter.focus = null; $("focus-clear").disabled = true; refresh();
  });

  // ---- details panel
  function typeBadge(t) {
    var b = el("span", "type", D.types[t][0]);
    b.style.background = D.types[t][1];
    return b;
  }
  function nodeLink(i) {
    var a = el("span", "link", short(D.nodes[i][TEXT], 80));
    a.addEventListener("click", function () { select(i, true); });
    return a;
  }
  function source(box, art, ev, date, title) {
    if (title) box.appendChild(el("div", "meta", "title as written: " + title));
    if (ev >= 0) box.appendChild(el("blockquote", "evidence", D.sentences[ev]));
    var meta = el("div", "meta");
    if (art >= 0) {
      var a = D.articles[art], url = safeUrl(a[2]);
      var name = a[1] || a[0];
      if (url) {
        var link = el("a", null, name);
        link.href = url; link.target = "_blank"; link.rel = "noopener noreferrer";
        meta.appendChild(link);
      } else {
        meta.appendChild(el("span", null, name));
        if (a[2]) meta.appendChild(el("span", null, " (" + a[2] + ")"));
      }
      if (a[3]) meta.appendChild(el("span", null, " · published " + a[3]));
    }
    if (date) meta.appendChild(el("span", null, " · date " + date));
    box.appendChild(meta);
  }
  function showNode(i) {
    var n = D.nodes[i], box = $("details");
    box.textContent = "";
    var h = el("h3", null, n[TEXT]);
    box.appendChild(h);
    var meta = el("div", "meta");
    meta.appendChild(typeBadge(n[TYPE]));
    if (n[CODE]) meta.appendChild(el("span", null, " " + n[CODE]));
    if (n[DATE]) meta.appendChild(el("span", null, " · " + n[DATE]));
    if (!visible[i]) meta.appendChild(el("span", null, " · hidden by the filters"));
    box.appendChild(meta);
    box.appendChild(el("div", "meta", n[IRI]));
    if (n[SPELLINGS] && n[SPELLINGS].length) {
      // A person the articles spell differently: the heading is the canonical name.
      var written = el("div", "fact");
      written.appendChild(el("strong", null, "written as"));
      n[SPELLINGS].forEach(function (s) {
        var a = D.articles[s[0]], line = el("div", "spelling");
        line.appendChild(el("span", null, s[1]));
        if (a) line.appendChild(el("span", "meta", " — " + (a[1] || a[0])));
        written.appendChild(line);
      });
      box.appendChild(written);
    }
    if (n[EV] >= 0 || n[ART] >= 0) {
      var own = el("div", "fact");
      own.appendChild(el("strong", null, "mentioned in"));
      source(own, n[ART], n[EV], "", "");
      box.appendChild(own);
    }
    var facts = [];
    incident[i].forEach(function (k) { D.edges[k][FACTS].forEach(function (f) { facts.push(f); }); });
    box.appendChild(el("h4", null, facts.length + " fact" + (facts.length === 1 ? "" : "s")));
    facts.slice(0, 300).forEach(function (f) { box.appendChild(factBox(f, i)); });
    if (facts.length > 300) box.appendChild(el("p", "hint", "… and " + (facts.length - 300) + " more"));
  }
  function factBox(f, from) {
    var fact = D.facts[f], div = el("div", "fact"), line = el("div");
    [fact[F_S], fact[F_O]].forEach(function (j, pos) {
      line.appendChild(j === from ? el("strong", null, short(D.nodes[j][TEXT], 80)) : nodeLink(j));
      if (pos === 0) line.appendChild(el("span", null, " — " + fact[F_LABEL] + " → "));
    });
    div.appendChild(line);
    source(div, fact[F_ART], fact[F_EV], fact[F_DATE], fact[F_TITLE]);
    return div;
  }
  function showEdge(k) {
    var box = $("details"), e = D.edges[k];
    box.textContent = "";
    box.appendChild(el("h3", null, e[ELABEL]));
    e[FACTS].forEach(function (f) { box.appendChild(factBox(f, -1)); });
  }
  function select(i, move) {
    selected = i;
    $("focus-name").textContent = short(D.nodes[i][TEXT], 60);
    $("focus-apply").disabled = false;
    showTab("details");
    showNode(i);
    if (visible[i]) {
      network.selectNodes([i]);
      if (move) network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: false });
    }
  }
  network.on("click", function (p) {
    if (p.nodes.length) select(p.nodes[0], false);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  // ---- tooltip
  var tip = $("tooltip");
  network.on("hoverNode", function (p) {
    var n = D.nodes[p.node], lines = [D.types[n[TYPE]][0] + ": " + short(n[TEXT], 160)];
    if (n[DATE]) lines.push("date: " + n[DATE]);
    if (n[EV] >= 0) lines.push("« " + short(D.sentences[n[EV]], 240) + " »");
    tip.textContent = lines.join("\n");
    var box = $("network").getBoundingClientRect(), main = tip.parentNode.getBoundingClientRect();
    tip.style.left = (box.left - main.left + p.pointer.DOM.x + 14) + "px";
    tip.style.top = (box.top - main.top + p.pointer.DOM.y + 14) + "px";
    tip.hidden = false;
  });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });

  // ---- search
  // Name, code, then the other spellings of a person: "Boutchkov" finds the node named "Sergey Buchkov".
  var folded = D.nodes.map(function (n) {
    return [fold(n[TEXT]), fold(n[CODE])].concat((n[SPELLINGS] || []).map(function (s) { return fold(s[1]); }))
      .join("\u0000");
  });
  var results = $("search-results");
  function search(q) {
    results.textContent = "";
    q = fold(q.trim());
    if (!q) { results.hidden = true; return []; }
    // Exact names first, then names that start with the query, then any other match.
    var ranked = [];
    for (var i = 0; i < N; i++) {
      var names = folded[i].split("\u0000"), name = names[0], at = folded[i].indexOf(q);
      if (at < 0) continue;
      var rank = names.indexOf(q) >= 0 ? 0 : at === 0 ? 1 :
        /[\s\u0000]/.test(folded[i].charAt(at - 1)) ? 2 : 3;
      ranked.push([rank, name.length, i]);
    }
    ranked.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    var found = ranked.slice(0, 20).map(function (r) { return r[2]; });
    found.forEach(function (i) {
      var li = el("li");
      li.appendChild(typeBadge(D.nodes[i][TYPE]));
      li.appendChild(el("span", null, " " + short(D.nodes[i][TEXT], 70)));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(i); });
      results.appendChild(li);
    });
    if (!found.length) results.appendChild(el("li", "hint", "no match"));
    results.hidden = false;
    return found;
  }
  function pick(i) { results.hidden = true; select(i, true); }
  $("search").addEventListener("input", function (ev) { search(ev.target.value); });
  $("search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var f = search(ev.target.value); if (f.length) pick(f[0]); }
    if (ev.key === "Escape") results.hidden = true;
  });
  $("search").addEventListener("blur", function () { results.hidden = true; });

  // ---- meetings by date
  var meetingType = D.types.findIndex(function (t) { return t[0] === "meeting"; });
  function renderTimeline() {
    var box = $("timeline");
    if (box.hidden) return;
    box.textContent = "";
    var rows = [];
    for (var i = 0; i < N; i++) if (D.nodes[i][TYPE] === meetingType && visible[i]) rows.push(i);
    rows.sort(function (a, b) {
      var da = D.nodes[a][DATE] || "~", db = D.nodes[b][DATE] || "~";
      return da < db ? -1 : da > db ? 1 : a - b;
    });
    if (!rows.length) box.appendChild(el("p", "hint", "No meeting in this view."));
    var month = null;
    rows.forEach(function (i) {
      var date = D.nodes[i][DATE], m = date ? date.slice(0, 7) : "undated";
      if (m !== month) { month = m; box.appendChild(el("h4", null, m)); }
      var row = el("div", "meeting", (date || "—") + " · " + short(D.nodes[i][TEXT], 70));
      row.addEventListener("click", function () { select(i, true); });
      box.appendChild(row);
    });
  }
  function showTab(name) {
    $("details").hidden = name !== "details";
    $("timeline").hidden = name !== "timeline";
    $("tab-details").classList.toggle("active", name === "details");
    $("tab-timeline").classList.toggle("active", name === "timeline");
    if (name === "timeline") renderTimeline();
  }
  $("tab-details").addEventListener("click", function () { showTab("details"); });
  $("tab-timeline").addEventListener("click", function () { showTab("timeline"); });

  refresh();

  // What tests and notebooks read: counts of what is drawn, and the time of the first drawing.
  window.diplograph = {
    network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
    visibleCount: function () { return nodeView.length; },
    visibleEdgeCount: function () { return edgeView.length; },
    drawnNodes: function () { return network.body.nodeIndices.length; },
    drawnEdges: function () { return network.body.edgeIndices.length; },
    firstDrawMs: function () { return firstDraw; },
    select: select, search: search, data: D,
    indexOf: function (iri) { return D.nodes.findIndex(function (n) { return n[IRI] === iri; }); },
  };
})();
