// The article page: choosing a highlighted passage shows, in the side panel, the claims whose
// evidence covers it (their blocks are rendered, hidden, by the server), and outlines the other
// passages of those claims. Only attributes and the hidden flag change: no markup is built here.
(function () {
  "use strict";
  var text = document.querySelector(".article-text");
  var panel = document.getElementById("claim-panel");
  if (!text || !panel) {
    return;
  }
  var hint = panel.querySelector(".hint");

  function claimsOf(mark) {
    return mark.getAttribute("data-claim").split(" ");
  }

  function choose(mark) {
    var chosen = claimsOf(mark);
    text.querySelectorAll("mark[data-claim]").forEach(function (other) {
      other.classList.toggle("chosen", other === mark);
      other.classList.toggle("related", other !== mark && claimsOf(other).some(function (id) {
        return chosen.indexOf(id) >= 0;
      }));
    });
    panel.querySelectorAll(".claim-detail").forEach(function (block) {
      block.hidden = chosen.indexOf(block.getAttribute("data-claim-id")) < 0;
    });
    hint.hidden = true;
    panel.scrollTop = 0;
  }

  text.addEventListener("click", function (event) {
    var mark = event.target.closest("mark[data-claim]");
    if (mark) {
      choose(mark);
    }
  });
  text.addEventListener("keydown", function (event) {
    if ((event.key === "Enter" || event.key === " ") && event.target.matches("mark[data-claim]")) {
      event.preventDefault();
      choose(event.target);
    }
  });
})();
