// The query page: sends the editor's query to /sparql and shows the answer. Every value from
// the results goes in with textContent, never as markup. On an error the server's own message
// is shown.
(function () {
  "use strict";
  var form = document.getElementById("query-form");
  var editor = document.getElementById("query-text");
  var run = document.getElementById("run");
  var status = document.getElementById("query-status");
  var error = document.getElementById("query-error");
  var results = document.getElementById("results");
  var base = form.getAttribute("data-base");
  var ontology = form.getAttribute("data-ontology");

  // Resources of the dataset and terms of the ontology open their pages on this site.
  function href(iri) {
    if (iri.indexOf(base) === 0) {
      return "/page/" + iri.substring(base.length);
    }
    if (iri.indexOf(ontology) === 0) {
      return "/ontology#" + iri.substring(ontology.length);
    }
    return iri;
  }

  function element(name, text) {
    var e = document.createElement(name);
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function cell(term) {
    var td = element("td");
    if (!term) {
      return td;
    }
    if (term.type === "uri") {
      var a = element("a", term.value);
      a.href = href(term.value);
      td.appendChild(a);
    } else {
      td.appendChild(document.createTextNode(term.value));
      var note = term["xml:lang"] || (term.datatype ? term.datatype.replace("http://www.w3.org/2001/XMLSchema#", "xsd:") : "");
      if (note) {
        td.appendChild(document.createTextNode(" "));
        td.appendChild(element("small", note)).className = "note";
      }
    }
    return td;
  }

  function table(json) {
    var t = element("table");
    var head = t.appendChild(element("thead")).appendChild(element("tr"));
    json.head.vars.forEach(function (name) {
      head.appendChild(element("th", name)).scope = "col";
    });
    var body = t.appendChild(element("tbody"));
    json.results.bindings.forEach(function (row) {
      var tr = body.appendChild(element("tr"));
      json.head.vars.forEach(function (name) {
        tr.appendChild(cell(row[name]));
      });
    });
    return t;
  }

  function show(response, body) {
    var type = response.headers.get("Content-Type") || "";
    if (type.indexOf("json") < 0) {
      results.appendChild(element("pre", body));
      status.textContent = "Done.";
      return;
    }
    var json = JSON.parse(body);
    if (typeof json.boolean === "boolean") {
      results.appendChild(element("p", "Answer: " + json.boolean));
      status.textContent = "Done.";
      return;
    }
    results.appendChild(table(json));
    var cut = response.headers.get("Entente-Results-Truncated");
    status.textContent = json.results.bindings.length + " rows" + (cut ? " (cut: " + cut + ")" : "") + ".";
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run.disabled = true;
    status.textContent = "Running…";
    error.hidden = true;
    results.replaceChildren();
    fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
        "Accept": "application/sparql-results+json, text/turtle;q=0.9"
      },
      body: new URLSearchParams({ query: editor.value })
    }).then(function (response) {
      return response.text().then(function (body) {
        if (!response.ok) {
          error.textContent = body.trim() || response.statusText;
          error.hidden = false;
          status.textContent = "Error " + response.status + ".";
        } else {
          show(response, body);
        }
      });
    }).catch(function (failure) {
      error.textContent = String(failure);
      error.hidden = false;
      status.textContent = "";
    }).finally(function () {
      run.disabled = false;
    });
  });
})();
