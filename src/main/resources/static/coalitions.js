// The coalitions page: coalitions and their member states as a force-directed graph, each node
// a link to its page. The layout is computed before drawing (a fixed number of ticks), so the
// picture is still, and the same each time. Data from /coalitions.json.
(function () {
  "use strict";
  var root = document.getElementById("coalitions");

  function draw(graph) {
    var width = Math.max(root.clientWidth, 600), height = 620;
    var nodes = graph.nodes.map(function (n) { return Object.assign({}, n); });
    var links = graph.links.map(function (l) { return Object.assign({}, l); });
    var radius = function (n) { return n.kind === "coalition" ? 11 : 7; };
    // Long coalition names need room: a node keeps others off about half its label's width.
    var room = function (n) { return Math.max(radius(n) + 24, n.label.length * 3.4); };
    var simulation = d3.forceSimulation(nodes)
        .force("link", d3.forceLink(links).id(function (n) { return n.id; }).distance(110).strength(0.4))
        .force("charge", d3.forceManyBody().strength(-500).distanceMax(320))
        .force("collide", d3.forceCollide(room).strength(0.9))
        .force("center", d3.forceCenter(width / 2, height / 2))
        .force("x", d3.forceX(width / 2).strength(0.05))
        .force("y", d3.forceY(height / 2).strength(0.12))
        .stop();
    for (var i = 0; i < 400; i++) {
      simulation.tick();
    }
    nodes.forEach(function (n) {
      n.x = Math.max(room(n), Math.min(width - room(n), n.x));
      n.y = Math.max(20, Math.min(height - 20, n.y));
    });
    var svg = d3.select(root).append("svg")
        .attr("viewBox", [0, 0, width, height]).attr("width", width).attr("height", height)
        .attr("role", "img").attr("aria-label", "Coalitions and their member states");
    svg.append("g").selectAll("line").data(links).join("line").attr("class", "link")
        .attr("x1", function (l) { return l.source.x; }).attr("y1", function (l) { return l.source.y; })
        .attr("x2", function (l) { return l.target.x; }).attr("y2", function (l) { return l.target.y; });
    var node = svg.append("g").selectAll("a").data(nodes).join("a").attr("class", "node")
        .attr("href", function (n) { return n.href; })
        .attr("transform", function (n) { return "translate(" + n.x + "," + n.y + ")"; });
    node.append("title").text(function (n) { return n.label + " (" + n.kind + ")"; });
    node.append("circle").attr("r", radius).attr("class", function (n) { return n.kind; });
    node.append("text").attr("y", function (n) { return radius(n) + 12; }).attr("text-anchor", "middle")
        .style("font-weight", function (n) { return n.kind === "coalition" ? "600" : null; })
        .text(function (n) { return n.label; });
  }

  fetch(root.getAttribute("data-source")).then(function (response) {
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    return response.json();
  }).then(draw).catch(function (failure) {
    root.textContent = "The graph could not be loaded: " + failure.message;
  });
})();
