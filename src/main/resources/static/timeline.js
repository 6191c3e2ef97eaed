// The timeline page: one row per dated event, a bar from the first to the last day its time can
// mean, coloured by the modality of the claims about it; below, the same events as a table.
// Data from /timeline.json; text goes in with D3's .text (textContent), never as markup.
(function () {
  "use strict";
  var root = document.getElementById("timeline");
  var DAY = 864e5;

  function modality(event) {
    return event.modalities.length === 1 ? event.modalities[0] : "mixed";
  }

  function chart(events) {
    var rowHeight = 24, top = 28, bottom = 20, width = Math.max(root.clientWidth, 600);
    var height = top + events.length * rowHeight + bottom;
    var x = d3.scaleUtc()
        .domain([d3.min(events, function (e) { return e.start; }), d3.max(events, function (e) { return e.end; })])
        .nice()
        .range([24, width - 24]);
    var svg = d3.select(root).append("svg")
        .attr("viewBox", [0, 0, width, height]).attr("width", width).attr("height", height)
        .attr("role", "img").attr("aria-label", "Timeline of the dated events");
    svg.append("g").attr("transform", "translate(0," + (top - 6) + ")").call(d3.axisTop(x).ticks(width / 110));
    var rows = svg.append("g").selectAll("a").data(events).join("a")
        .attr("href", function (e) { return e.href; })
        .attr("class", function (e) { return "m-" + modality(e); })
        .attr("transform", function (e, i) { return "translate(0," + (top + i * rowHeight) + ")"; });
    rows.append("title").text(function (e) {
      return e.label + "\n" + e.type + (e.when ? ", " + e.when : "") + " (" + e.earliest + " to " + e.latest + ")\n"
          + e.modalities.join(", ");
    });
    rows.append("rect").attr("class", "bar")
        .attr("x", function (e) { return x(e.start); })
        .attr("width", function (e) { return Math.max(4, x(e.end) - x(e.start)); })
        .attr("y", 4).attr("height", rowHeight - 8);
    // The label goes after the bar, or before it when it would run off the right edge.
    rows.append("text").attr("y", rowHeight / 2).attr("dy", "0.35em")
        .text(function (e) { return e.label + " · " + e.type; })
        .each(function (e) {
          var after = Math.max(x(e.start) + 4, x(e.end)) + 6;
          var fits = after + this.getComputedTextLength() < width;
          d3.select(this).attr("x", fits ? after : x(e.start) - 6).attr("text-anchor", fits ? "start" : "end");
        });
  }

  function table(events) {
    var t = d3.select(root).append("table").attr("class", "timeline-table");
    t.append("thead").append("tr").selectAll("th")
        .data(["From", "To", "Event", "Type", "When the text says", "Claims"]).join("th").attr("scope", "col")
        .text(function (h) { return h; });
    var rows = t.append("tbody").selectAll("tr").data(events).join("tr");
    rows.append("td").text(function (e) { return e.earliest; });
    rows.append("td").text(function (e) { return e.latest; });
    rows.append("td").append("a").attr("href", function (e) { return e.href; }).text(function (e) { return e.label; });
    rows.append("td").text(function (e) { return e.type; });
    rows.append("td").text(function (e) { return e.when || ""; });
    rows.append("td").text(function (e) { return e.modalities.join(", "); });
  }

  fetch(root.getAttribute("data-source")).then(function (response) {
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    return response.json();
  }).then(function (events) {
    var parse = d3.utcParse("%Y-%m-%d");
    events.forEach(function (e) {
      e.start = parse(e.earliest);
      e.end = new Date(parse(e.latest).getTime() + DAY);
    });
    if (events.length === 0) {
      root.textContent = "No event has a date.";
      return;
    }
    chart(events);
    table(events);
  }).catch(function (failure) {
    root.textContent = "The timeline could not be loaded: " + failure.message;
  });
})();
