// The organism page: reads the admin API with the token kept for this tab, follows the event stream and
// redraws what an event touches. No build step: plain script, Mermaid and uPlot from the jar's webjars.
(function () {
  "use strict";
  const API = "api";
  const TOKEN_KEY = "hms.admin.token";
  const $ = (id) => document.getElementById(id);
  let token = null;
  let lastEventId = -1;
  let diagramKey = "";
  let chart = null;
  let refreshTimer = null; // a pending refresh
  let generations = {};
  let fronts = {};

  function takeTokenFromHash() {
    const match = /(?:^|[#&])token=([^&]+)/.exec(location.hash);
    if (match) {
      sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
      history.replaceState(null, "", location.pathname + location.search);
    }
    return sessionStorage.getItem(TOKEN_KEY);
  }

  async function api(path) {
    const response = await fetch(API + path, { headers: { Authorization: "Bearer " + token } });
    if (response.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      showLogin("That token is not this host's.");
      throw new Error("unauthorized");
    }
    if (!response.ok) {
      throw new Error(path + ": " + response.status);
    }
    const type = response.headers.get("Content-Type") || "";
    return type.startsWith("application/json") ? response.json() : response.text();
  }

  function showLogin(message) {
    $("app").classList.add("hidden");
    $("login").classList.remove("hidden");
    $("login-error").textContent = message || "";
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v; else if (k.startsWith("data-")) node.setAttribute(k, v); else node[k] = v;
    }
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return node;
  }

  function stateClass(health, breaker) {
    if (health === "DOWN" || breaker === "OPEN") return "down";
    if (health === "DEGRADED" || breaker === "HALF_OPEN") return "degraded";
    return health === "UP" ? "up" : "unknown";
  }

  // An ISO-8601 duration such as PT0.0824S or PT1M2.5S, as seconds.
  function seconds(iso) {
    const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso || "");
    if (!m) return iso;
    const s = (Number(m[1] || 0) * 3600) + (Number(m[2] || 0) * 60) + Number(m[3] || 0);
    return s < 10 ? s.toFixed(3) + " s" : s.toFixed(1) + " s";
  }

  function time(iso) {
    const d = new Date(iso);
    return isNaN(d) ? "" : d.toLocaleTimeString([], { hour12: false }) + "." + String(d.getMilliseconds()).padStart(3, "0");
  }

  async function renderComponents() {
    const components = await api("/components");
    const chips = $("components");
    chips.replaceChildren(...components.map((c) => el("div", {
      class: "chip", "data-component": c.name, "data-health": c.health.status, "data-breaker": c.breaker.state,
      "data-class": stateClass(c.health.status, c.breaker.state),
      title: c.health.reason || c.health.status
    }, el("span", { class: "dot" }), el("span", { class: "name" }, c.name),
      el("span", { class: "state" }, c.health.status + " · breaker " + c.breaker.state + " · limit " + c.limiter.limit
        + " · v" + c.policyVersion))));
    const key = components.map((c) => c.name + c.health.status + c.breaker.state).join("|");
    if (key !== diagramKey) {
      diagramKey = key;
      const text = await api("/diagram");
      const { svg } = await mermaid.render("organism-" + Date.now(), text);
      $("diagram").innerHTML = svg;
    }
  }

  async function renderIncidents() {
    const incidents = (await api("/incidents")).filter((i) => i.state === "OPEN");
    const box = $("incidents");
    if (incidents.length === 0) { box.replaceChildren(el("p", { class: "empty" }, "none")); return; }
    box.replaceChildren(...incidents.map((i) => el("div", { class: "incident", "data-incident": i.id },
      el("div", { class: "head" }, el("span", {}, i.component + " · " + i.id), el("span", { class: "when" }, time(i.openedAt))),
      el("div", { class: "state" }, i.trigger),
      el("div", { class: "ladder" }, ...(i.steps.length ? i.steps.map((s) => el("span", { class: "step " + s.outcome },
        "L" + s.level + " " + s.function + " · " + s.outcome.toLowerCase())) : [el("span", { class: "step" }, "waiting for the first step")])))));
  }

  async function renderPatches() {
    const patches = (await api("/patches")).filter((p) => p.state === "canary" || p.state === "pending");
    const box = $("patches");
    if (patches.length === 0) { box.replaceChildren(el("p", { class: "empty" }, "none")); return; }
    box.replaceChildren(...patches.map((p) => el("div", { class: "patch", "data-patch": p.id },
      el("div", { class: "head" }, el("strong", {}, p.component), " · " + p.id + " · " + p.state + (p.source ? " · by " + p.source : "")),
      el("ul", {}, ...p.diff.map((d) => el("li", {}, d))),
      el("div", { class: "calls" }, p.canary && p.canary.calls
        ? "canary: " + p.canary.calls.calls + " calls, " + (p.canary.calls.errorRate * 100).toFixed(1) + " % errors"
        : "canary: no calls yet"))));
  }

  function renderChart() {
    const select = $("optimizer-component");
    const names = Object.keys(generations);
    select.classList.toggle("hidden", names.length === 0);
    if (names.length === 0) return;
    if (select.options.length !== names.length) {
      const chosen = select.value;
      select.replaceChildren(...names.map((n) => el("option", { value: n }, n)));
      if (names.includes(chosen)) select.value = chosen;
    }
    renderFront(select.value || names[0]);
    const list = generations[select.value || names[0]] || [];
    const data = [list.map((g) => g.generation), list.map((g) => g.bestFitness), list.map((g) => g.meanFitness)];
    const box = $("chart");
    if (!chart || chart.root.parentNode !== box) {
      box.replaceChildren();
      chart = new uPlot({
        width: Math.max(260, box.clientWidth - 4), height: 180,
        scales: { x: { time: false } },
        axes: [{ label: "generation" }, { label: "fitness" }],
        series: [{ label: "generation" }, { label: "best", stroke: "#1a73e8", width: 2 },
          { label: "mean", stroke: "#34a853", width: 2, dash: [4, 3] }]
      }, data, box);
    } else {
      chart.setData(data);
    }
  }

  // The latest Pareto front of the chosen component, when its search was multi-objective.
  function renderFront(component) {
    const front = fronts[component];
    const box = $("front");
    if (!front) { box.replaceChildren(); return; }
    const row = (m) => el("tr", { class: m.picked ? "picked" : "" },
      el("td", {}, m.goodputPerSecond.toFixed(1)), el("td", {}, (m.errorRate * 100).toFixed(2) + " %"),
      el("td", {}, seconds(m.p99Latency)), el("td", {}, m.loadPerSecond.toFixed(1)),
      el("td", {}, m.score.toFixed(4) + (m.picked ? " · picked" : "")));
    box.replaceChildren(el("p", { class: "caption" }, "Pareto front after generation " + front.generation
        + " (" + front.members.length + " candidates, as the model predicts them)"),
      el("table", {}, el("thead", {}, el("tr", {}, ...["goodput/s", "errors", "p99", "load/s", "score"]
        .map((h) => el("th", {}, h)))), el("tbody", {}, ...front.members.map(row))));
  }

  async function renderOptimizer() {
    const optimizer = await api("/optimizer");
    fronts = optimizer.fronts || {};
    generations = {};
    for (const [component, runs] of Object.entries(optimizer.runs || {})) {
      generations[component] = runs[runs.length - 1]; // the latest run
    }
    renderChart();
  }

  async function renderCluster() {
    const cluster = await api("/cluster");
    const members = cluster.members.length === 1 ? "1 member" : cluster.members.length + " members";
    $("node").textContent = "node " + cluster.nodeId + (cluster.leader ? " · leader" : " · follower")
        + " · " + members + " · " + cluster.status.toLowerCase();
  }

  // At most one refresh per 150 ms, and always one within 150 ms of the first event that asks.
  function refreshSoon() {
    if (refreshTimer === null) {
      refreshTimer = setTimeout(() => { refreshTimer = null; refreshAll(); }, 150);
    }
  }

  // A health or breaker event shows on its component's chip at once, before the refresh confirms it.
  function showOnChip(type, e) {
    const chip = document.querySelector('[data-component="' + CSS.escape(e.component || "") + '"]');
    if (!chip) return;
    if (type === "HealthChanged") chip.dataset.health = e.current.status;
    if (type === "BreakerTransition") chip.dataset.breaker = e.to;
    chip.dataset.class = stateClass(chip.dataset.health, chip.dataset.breaker);
    const state = chip.querySelector(".state");
    if (state) state.textContent = chip.dataset.health + " · breaker " + chip.dataset.breaker;
  }

  async function refreshAll() {
    try {
      await Promise.all([renderComponents(), renderIncidents(), renderPatches(), renderOptimizer(), renderCluster()]);
    } catch (e) {
      console.warn(e);
    }
  }

  const KINDS = {
    HealthChanged: (e) => [e.current.status === "UP" ? "good" : "bad", "health " + e.previous.status + " → " + e.current.status, e.current.reason],
    BreakerTransition: (e) => [e.to === "CLOSED" ? "good" : "bad", "breaker " + e.from + " → " + e.to, e.reason],
    IncidentOpened: (e) => ["bad", "incident " + e.incidentId + " opened", e.trigger],
    IncidentReopened: (e) => ["bad", "incident " + e.incidentId + " re-opened", e.trigger],
    IncidentEscalated: (e) => ["note", "incident " + e.incidentId + " escalated", "pass " + e.attempt],
    RepairAttempted: (e) => [e.outcome === "VERIFIED" ? "good" : "note", "repair L" + e.level + " " + e.function + ": " + e.outcome.toLowerCase(), e.detail],
    IncidentClosed: (e) => ["good", "incident " + e.incidentId + " closed", "by " + e.resolvedBy + ", MTTR " + seconds(e.mttr)],
    PatchProposed: (e) => ["info", "patch " + e.patchId + " proposed", e.reason],
    PatchPromoted: (e) => ["good", "patch " + e.patchId + " promoted as v" + e.version, e.detail],
    PatchRolledBack: (e) => ["bad", "patch " + e.patchId + " rolled back", e.reason],
    GenerationEvaluated: (e) => ["info", "generation " + e.generation, "best " + e.bestFitness.toFixed(4) + ", mean " + e.meanFitness.toFixed(4)],
    FrontFound: (e) => ["info", "Pareto front of " + e.members.length, "after generation " + e.generation],
    CandidateJudged: (e) => ["info", e.proposed ? "optimizer proposes" : "optimizer keeps the policy", e.detail],
    ChaosInjected: (e) => ["bad", "chaos " + e.kind + " injected", e.detail],
    ChaosReverted: (e) => ["good", "chaos " + e.kind + " reverted", e.reason],
    AgentRestarted: (e) => ["note", "agent " + e.agent + " restarted", e.reason],
    AdminAction: (e) => ["info", e.action + " → " + e.status, e.caller + ": " + e.outcome],
    LeadershipChanged: (e) => ["info", e.leader ? "leads" : "follows", e.nodeId]
  };

  function onEvent(type, data) {
    const e = data.event || {};
    const [tone, what, why] = (KINDS[type] || (() => ["info", type, ""]))(e);
    const item = el("li", { class: tone, "data-event": type },
      el("div", {}, el("span", { class: "when" }, time(e.time) + "  "), el("span", { class: "who" }, (e.component || e.target || e.agent || "") + " "),
        el("span", { class: "what" }, what)), why ? el("div", { class: "when" }, why) : "");
    const timeline = $("timeline");
    timeline.prepend(item);
    while (timeline.children.length > 300) timeline.lastChild.remove();
    if (type === "HealthChanged" || type === "BreakerTransition") showOnChip(type, e);
    if (type === "GenerationEvaluated") {
      const run = generations[e.component];
      if (!run || (run.length && e.generation <= run[run.length - 1].generation)) {
        generations[e.component] = [e]; // a new run starts
      } else {
        run.push(e);
      }
      renderChart();
    } else if (type !== "AdminAction") {
      refreshSoon();
    }
  }

  // Server-Sent Events over fetch, so the stream carries the Authorization header as every other call.
  async function follow() {
    for (;;) {
      try {
        const headers = { Authorization: "Bearer " + token, Accept: "text/event-stream" };
        headers["Last-Event-ID"] = String(Math.max(lastEventId, 0));
        const response = await fetch(API + "/events", { headers });
        if (!response.ok) throw new Error("stream " + response.status);
        $("stream").className = "pill on";
        $("stream").textContent = "live";
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let cut;
          while ((cut = buffer.indexOf("\n\n")) >= 0) {
            const frame = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            let id = null, type = "message", data = "";
            for (const line of frame.split("\n")) {
              if (line.startsWith("id: ")) id = Number(line.slice(4));
              else if (line.startsWith("event: ")) type = line.slice(7);
              else if (line.startsWith("data: ")) data += line.slice(6);
            }
            if (id !== null) lastEventId = id;
            if (type === "missed" || type === "dropped") { refreshSoon(); continue; }
            if (data) onEvent(type, JSON.parse(data));
          }
        }
      } catch (e) {
        console.warn(e);
      }
      $("stream").className = "pill off";
      $("stream").textContent = "reconnecting";
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  async function open() {
    $("login").classList.add("hidden");
    $("app").classList.remove("hidden");
    await refreshAll();
    follow();
  }

  $("login-form").addEventListener("submit", (event) => {
    event.preventDefault();
    token = $("login-token").value.trim();
    sessionStorage.setItem(TOKEN_KEY, token);
    open();
  });
  $("optimizer-component").addEventListener("change", renderChart);

  mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral",
    flowchart: { htmlLabels: true, curve: "basis" } });
  token = takeTokenFromHash();
  if (token) open(); else showLogin();
})();
