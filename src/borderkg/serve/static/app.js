// borderkg query page: runs SPARQL through /sparql and draws the results table. No libraries.
(function () {
  "use strict";
  var BKR = "https://w3id.org/borderkg/id/";
  var PREFIXES = {
    "bk": "https://w3id.org/borderkg/ontology#", "bkr": BKR, "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#", "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#"
  };
  var examples = JSON.parse(document.getElementById("examples-data").textContent);
  var editor = document.getElementById("query");
  var status = document.getElementById("status");
  var results = document.getElementById("results");

  function compact(iri) {
    for (var p in PREFIXES) {
      if (iri.indexOf(PREFIXES[p]) === 0 && iri.length > PREFIXES[p].length) return p + ":" + iri.slice(PREFIXES[p].length);
    }
    return iri;
  }
  function pageOf(iri) {
    return iri.indexOf(BKR) === 0 ? "/id/" + iri.slice(BKR.length) : "/resource?iri=" + encodeURIComponent(iri);
  }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }
  function cell(term) {
    var td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      var a = el("a", compact(term.value)); a.href = pageOf(term.value); a.title = term.value; td.appendChild(a);
    } else if (term.type === "literal") {
      var span = el("span", term.value, "literal");
      if (term["xml:lang"]) { span.lang = term["xml:lang"]; span.dir = "auto"; }
      td.appendChild(span);
      if (term["xml:lang"]) td.appendChild(el("span", "@" + term["xml:lang"], "tag"));
      else if (term.datatype) td.appendChild(el("span", compact(term.datatype), "tag"));
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.textContent = JSON.stringify(term.value);
    }
    return td;
  }
  function showTable(data) {
    results.innerHTML = "";
    if (typeof data.boolean === "boolean") { results.appendChild(el("p", "Answer: " + data.boolean, "boolean")); return 1; }
    var vars = data.head.vars, rows = data.results.bindings;
    var table = el("table"); table.id = "results-table";
    var tr = el("tr"); vars.forEach(function (v) { tr.appendChild(el("th", v)); });
    var thead = el("thead"); thead.appendChild(tr); table.appendChild(thead);
    var tbody = el("tbody");
    rows.forEach(function (row) {
      var r = el("tr"); vars.forEach(function (v) { r.appendChild(cell(row[v])); }); tbody.appendChild(r);
    });
    table.appendChild(tbody); results.appendChild(table);
    return rows.length;
  }
  function run() {
    var query = editor.value, started = performance.now();
    status.className = ""; status.textContent = "Running…";
    history.replaceState(null, "", "?query=" + encodeURIComponent(query));
    return fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: query
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (!response.ok) {
        return response.text().then(function (text) {
          var message = text;
          try { var err = JSON.parse(text); message = err.error + ": " + err.message; } catch (e) { /* plain text */ }
          throw new Error("HTTP " + response.status + " — " + message);
        });
      }
      if (type.indexOf("json") >= 0) return response.json().then(showTable);
      return response.text().then(function (text) {
        results.innerHTML = ""; results.appendChild(el("pre", text, "rdf"));
        return text.split("\n").filter(function (l) { return l && l[0] !== "@"; }).length;
      });
    }).then(function (count) {
      status.textContent = count + " result" + (count === 1 ? "" : "s") + " in " + Math.round(performance.now() - started) + " ms";
    }).catch(function (error) {
      results.innerHTML = ""; status.className = "error"; status.textContent = error.message;
    });
  }
  document.getElementById("query-form").addEventListener("submit", function (event) { event.preventDefault(); run(); });
  editor.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
  });
  Array.prototype.forEach.call(document.querySelectorAll("button.example"), function (button) {
    button.addEventListener("click", function () {
      Array.prototype.forEach.call(document.querySelectorAll("button.example"), function (b) { b.classList.remove("active"); });
      button.classList.add("active");
      editor.value = examples[button.dataset.name];
      run();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll(".downloads a"), function (link) {
    link.addEventListener("click", function () {
      link.href = "/sparql?format=" + link.dataset.format + "&query=" + encodeURIComponent(editor.value);
    });
  });
  document.getElementById("search").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = document.getElementById("search-text").value.trim().replace(/["\\]/g, "");
    if (!text) return;
    editor.value = "# Entities whose name contains \"" + text + "\"\n" +
      "SELECT DISTINCT ?entity ?type ?name WHERE {\n" +
      "  ?entity skos:prefLabel|skos:altLabel|rdfs:label ?name .\n" +
      "  FILTER(CONTAINS(LCASE(STR(?name)), LCASE(\"" + text + "\")))\n" +
      "  OPTIONAL { ?entity a ?type }\n} LIMIT 100";
    run();
  });
  var initial = new URLSearchParams(location.search).get("query");
  if (initial) { editor.value = initial; run(); }
})();
