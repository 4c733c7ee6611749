/* tender's HTML report: sortable and filterable tables, collapsible evaluator detail, and the what-if panel.
   KERNEL (written above this code by tender/report/whatif.py) holds the kernel's formulas, rendered to
   JavaScript from the formula table tender/scoring/formulas.py. The page reads everything else from the
   data island #tender-data. It fetches nothing and changes nothing but this page. */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("tender-data").textContent);
  var FORMAT = DATA.format;
  var LABELS = DATA.labels;

  /* ---- numbers as the report shows them: half away from zero, from the shortest representation
     (tender/report/numbers.py half_up), with the locale's separators (tender/report/fmt.py) ---- */

  function digitsOf(x) {
    // the shortest decimal digits of |x| and where the point is: 123.45 -> ["12345", 3]
    var m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(Math.abs(x).toString());
    return [m[1] + (m[2] || ""), m[1].length + (m[3] ? parseInt(m[3], 10) : 0)];
  }

  function fixed(x, places, shift) {
    // x × 10^shift with `places` decimals, rounded half up on its decimal digits, grouped
    if (x === null || x === undefined || !isFinite(x)) {
      return "–";
    }
    var parts = digitsOf(x);
    var digits = parts[0];
    var point = parts[1] + (shift || 0);
    if (point <= 0) {
      digits = new Array(2 - point).join("0") + digits;
      point = 1;
    }
    while (digits.length < point + places + 1) {
      digits += "0";
    }
    var kept = digits.slice(0, point + places).split("").map(Number);
    if (Number(digits.charAt(point + places)) >= 5) {
      var i = kept.length - 1;
      while (i >= 0 && kept[i] === 9) {
        kept[i] = 0;
        i -= 1;
      }
      if (i < 0) {
        kept.unshift(1);
        point += 1;
      } else {
        kept[i] += 1;
      }
    }
    var whole = kept.slice(0, point).join("").replace(/^0+(?=\d)/, "");
    var grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, FORMAT.group);
    var text = places ? grouped + FORMAT.decimal + kept.slice(point).join("") : grouped;
    return (x < 0 ? "-" : "") + text;
  }

  function percent(fraction) {
    return fixed(fraction, 2, 2) + FORMAT.percent;
  }

  /* ---- sorting ---- */

  function sortValue(cell, numeric) {
    // a number in a numeric column (1.234,56 € / 85,55 / 1=), else the text; "–" and empty cells sort last
    var text = cell.textContent.trim();
    if (text === "" || text === "–") {
      return null;
    }
    if (numeric) {
      var plain = text.split(FORMAT.group).join("").split(FORMAT.decimal).join(".").replace(/[^0-9.\-]/g, "");
      var value = parseFloat(plain);
      return isFinite(value) ? value : null;
    }
    return text.toLocaleLowerCase(DATA.lang);
  }

  function compareValues(a, b) {
    if (a === b) {
      return 0;
    }
    if (a === null) {
      return 1;
    }
    if (b === null) {
      return -1;
    }
    if (typeof a === "number" && typeof b === "number") {
      return a < b ? -1 : 1;
    }
    return String(a).localeCompare(String(b), DATA.lang);
  }

  function makeSortable(table) {
    var head = table.tHead;
    var body = table.tBodies[0];
    if (!head || table.tBodies.length !== 1 || head.rows.length !== 1 || table.querySelector("[rowspan],[colspan]")) {
      return;
    }
    var headers = Array.prototype.slice.call(head.rows[0].cells);
    headers.forEach(function (th, column) {
      var numeric = th.classList.contains("num");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.title = LABELS.sort + " " + th.textContent.trim();
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) {
          other.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
          return { row: row, index: index, value: sortValue(row.cells[column], numeric) };
        });
        rows.sort(function (a, b) {
          var order = compareValues(a.value, b.value);
          if (a.value !== null && b.value !== null && !ascending) {
            order = -order;
          }
          return order || a.index - b.index;
        });
        rows.forEach(function (r) {
          body.appendChild(r.row);
        });
      });
    });
  }

  /* ---- filtering: items shown when the query is in their text (or their group's caption) ---- */

  function normalised(text) {
    return text.normalize("NFC").toLocaleLowerCase(DATA.lang);
  }

  function addFilter(before, groups) {
    // groups: [{element, label text, items: [elements]}]; a group whose items are all hidden is hidden too
    var box = document.createElement("div");
    box.className = "filter";
    var label = document.createElement("label");
    label.textContent = LABELS.filter + " ";
    var input = document.createElement("input");
    input.type = "search";
    input.placeholder = LABELS.filter_hint;
    label.appendChild(input);
    var count = document.createElement("span");
    count.className = "filter-count";
    count.setAttribute("aria-live", "polite");
    box.appendChild(label);
    box.appendChild(count);
    before.parentNode.insertBefore(box, before);
    var total = 0;
    groups.forEach(function (g) {
      g.caption = normalised(g.label || "");
      g.texts = g.items.map(function (item) {
        return normalised(item.textContent);
      });
      total += g.items.length;
    });
    input.addEventListener("input", function () {
      var query = normalised(input.value.trim());
      var shown = 0;
      groups.forEach(function (g) {
        var any = false;
        g.items.forEach(function (item, i) {
          var visible = !query || g.caption.indexOf(query) >= 0 || g.texts[i].indexOf(query) >= 0;
          item.hidden = !visible;
          any = any || visible;
          shown += visible ? 1 : 0;
        });
        if (g.element) {
          g.element.hidden = !any;
        }
      });
      count.textContent = query ? LABELS.shown.replace("{shown}", shown).replace("{total}", total) : "";
    });
  }

  function rowsOf(table) {
    return Array.prototype.slice.call(table.tBodies[0] ? table.tBodies[0].rows : []);
  }

  function tablesIn(section, selector) {
    return Array.prototype.slice.call(section ? section.querySelectorAll(selector) : []);
  }

  function wrapperOf(table) {
    var parent = table.parentNode;
    return parent.classList && parent.classList.contains("scroll") ? parent : table;
  }

  function captionGroups(tables) {
    return tables.map(function (table) {
      return { element: wrapperOf(table), label: "", items: [table] };
    });
  }

  /* ---- collapsible evaluator detail: each criterion's marks open and close under its caption ---- */

  function setOpen(table, button, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    button.textContent = open ? LABELS.collapse : LABELS.expand;
    table.classList.toggle("collapsed", !open);
  }

  function makeCollapsible(section) {
    var tables = tablesIn(section, "table.marks");
    if (!tables.length) {
      return;
    }
    var buttons = tables.map(function (table) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "collapse-toggle";
      table.caption.appendChild(button);
      setOpen(table, button, true);
      button.addEventListener("click", function () {
        setOpen(table, button, button.getAttribute("aria-expanded") !== "true");
      });
      return button;
    });
    var bar = document.createElement("div");
    bar.className = "collapse-all";
    [[LABELS.collapse_all, false], [LABELS.expand_all, true]].forEach(function (pair) {
      var all = document.createElement("button");
      all.type = "button";
      all.textContent = pair[0];
      all.addEventListener("click", function () {
        tables.forEach(function (table, i) {
          setOpen(table, buttons[i], pair[1]);
        });
      });
      bar.appendChild(all);
    });
    var first = wrapperOf(tables[0]);
    first.parentNode.insertBefore(bar, first);
  }

  function enhanceTables() {
    var ranking = document.querySelector("#ranking table.ranking");
    var sortable = ["#ranking table.ranking", "#ranking table.excluded", "table.inputs", "table.rob"];
    sortable.forEach(function (selector) {
      tablesIn(document, selector).forEach(makeSortable);
    });
    if (ranking) {
      addFilter(wrapperOf(ranking), [{ element: null, label: "", items: rowsOf(ranking) }]);
    }
    var inputs = document.querySelector("table.inputs");
    if (inputs) {
      addFilter(wrapperOf(inputs), [{ element: null, label: "", items: rowsOf(inputs) }]);
    }
    var evaluators = document.getElementById("evaluators");
    var marks = tablesIn(evaluators, "table.marks");
    if (marks.length) {
      makeCollapsible(evaluators);
      addFilter(evaluators.querySelector(".collapse-all"), marks.map(function (table) {
        var entries = Array.prototype.slice.call(table.tBodies);
        return { element: wrapperOf(table), label: table.caption.firstChild.textContent, items: entries };
      }));
    }
    ["prices", "trail"].forEach(function (id) {
      var section = document.getElementById(id);
      var tables = tablesIn(section, id === "prices" ? "table.prices" : "table.trail");
      if (tables.length > 1) {
        addFilter(wrapperOf(tables[0]), captionGroups(tables));
      }
    });
  }

  /* ---- the what-if panel: the kernel's computation on other weights and another price formula ---- */

  function setUpWhatIf(W) {
    var panel = document.getElementById("whatif");
    var body = panel.querySelector(".whatif-body");
    body.hidden = false;
    var nodes = W.nodes;
    var announced = nodes.map(function (n) {
      return n.weight;
    });
    var weights = announced.slice();
    var levels = { "-1": [] };
    nodes.forEach(function (n, i) {
      levels[i] = [];
    });
    nodes.forEach(function (n, i) {
      levels[n.parent].push(i);
    });
    var items = Array.prototype.slice.call(panel.querySelectorAll(".wi-node"));
    var select = document.getElementById("wi-formula");
    var message = panel.querySelector(".wi-message");
    var table = document.getElementById("wi-ranking");
    var tbody = table.tBodies[0];

    function setWeight(i, value) {
      // the new weight of criterion i; its siblings share the rest in proportion (equally when all are 0)
      var others = levels[nodes[i].parent].filter(function (j) {
        return j !== i;
      });
      value = Math.min(100, Math.max(0, value));
      if (!others.length || !isFinite(value) || value === weights[i]) {
        return;
      }
      var rest = 0;
      others.forEach(function (j) {
        rest = rest + weights[j];
      });
      var remaining = 100 - value;
      others.forEach(function (j) {
        weights[j] = rest > 0 ? (weights[j] * remaining) / rest : remaining / others.length;
      });
      weights[i] = value;
    }

    function pathWeight(i) {
      // kernel.path_weight: the criterion's own local weight, times each ancestor's from the top down
      var ancestors = [];
      for (var p = nodes[i].parent; p >= 0; p = nodes[p].parent) {
        ancestors.unshift(p);
      }
      var w = weights[i] / 100;
      ancestors.forEach(function (a) {
        w *= weights[a] / 100;
      });
      return w;
    }

    function parameters(formula) {
      // the formula's parameters by symbol, or null when one is not a number
      var env = {};
      var complete = true;
      panel.querySelectorAll('input[data-formula="' + formula + '"]').forEach(function (input) {
        var value = input.value.trim() === "" ? NaN : Number(input.value);
        complete = complete && isFinite(value);
        env[input.getAttribute("data-symbol")] = value;
      });
      return complete ? env : null;
    }

    function scoreAll(formula, params) {
      // performance, price points and score of every bid in the running, as kernel.score computes them
      var leafWeights = W.leaves.map(pathWeight);
      var prices = W.bids.map(function (b) {
        return b.price;
      });
      var low = Math.min.apply(null, prices);
      var high = Math.max.apply(null, prices);
      return W.bids.map(function (b) {
        var performance = 0;
        W.leaves.forEach(function (leaf, j) {
          if (j !== W.price) {
            performance = performance + KERNEL.points({ w: leafWeights[j], n: b.values[j] });
          }
        });
        var pricePoints = null;
        if (W.price !== null) {
          var env = { P: b.price, P_min: low, P_max: high };
          Object.keys(params).forEach(function (symbol) {
            env[symbol] = params[symbol];
          });
          var n = KERNEL.price[formula](env);
          pricePoints = KERNEL.points({ w: leafWeights[W.price], n: n });
        }
        var score = KERNEL.score({ L: performance, PP: pricePoints === null ? 0 : pricePoints });
        return { bid: b, performance: performance, pricePoints: pricePoints, score: score };
      });
    }

    function close(a, b) {
      return Math.abs(a - b) <= W.tolerance * Math.max(Math.abs(a), Math.abs(b));
    }

    function rank(rows) {
      // kernel.competition_ranks: higher score first, 1-1-3 ranks for scores within the tolerance, ties by id
      rows.sort(function (a, b) {
        return a.score > b.score ? -1 : a.score < b.score ? 1 : a.bid.order - b.bid.order;
      });
      rows.forEach(function (row, i) {
        row.rank = i > 0 && close(rows[i - 1].score, row.score) ? rows[i - 1].rank : i + 1;
      });
      rows.forEach(function (row) {
        row.tied = rows.filter(function (other) {
          return other.rank === row.rank;
        }).length > 1;
      });
      return rows;
    }

    function cell(tr, text, value, css) {
      var td = document.createElement(css === "name" ? "th" : "td");
      td.textContent = text;
      if (css === "name") {
        td.scope = "row";
      } else {
        td.className = "num";
      }
      if (value !== undefined) {
        td.setAttribute("data-value", String(value));
      }
      tr.appendChild(td);
    }

    function show(text) {
      message.textContent = text;
      message.hidden = !text;
      table.hidden = !!text;
    }

    function update() {
      items.forEach(function (item, i) {
        item.setAttribute("data-weight", String(weights[i]));
        item.querySelector(".wi-abs").textContent = percent(pathWeight(i));
        var number = item.querySelector(".wi-weight");
        var range = item.querySelector(".wi-range");
        if (document.activeElement !== number) {
          number.value = String(Number(weights[i].toFixed(2)));
        }
        range.value = String(weights[i]);
        item.classList.toggle("changed", weights[i] !== announced[i]);
      });
      var formula = select ? select.value : W.formula;
      panel.querySelectorAll(".wi-param").forEach(function (label) {
        label.hidden = label.getAttribute("data-formula") !== formula;
      });
      var params = W.price === null ? {} : parameters(formula);
      if (params === null) {
        show(LABELS.missing);
        return;
      }
      var rows = scoreAll(formula, params);
      var valid = rows.every(function (row) {
        return isFinite(row.score) && isFinite(row.performance);
      });
      if (!valid) {
        show(LABELS.invalid);
        return;
      }
      show("");
      while (tbody.firstChild) {
        tbody.removeChild(tbody.firstChild);
      }
      rank(rows).forEach(function (row) {
        var tr = document.createElement("tr");
        tr.setAttribute("data-bidder", row.bid.bidder);
        var winner = row.rank === 1 && !row.tied;
        var moved = row.rank !== row.bid.rank || row.tied !== row.bid.tied;
        tr.className = (winner ? "winner" : "") + (moved ? " moved" : "");
        cell(tr, row.rank + (row.tied ? "=" : ""), row.rank, "rank");
        cell(tr, row.bid.name, undefined, "name");
        cell(tr, fixed(row.performance, 2), row.performance);
        cell(tr, fixed(row.pricePoints, 2), row.pricePoints === null ? "" : row.pricePoints);
        cell(tr, fixed(row.score, 2), row.score);
        cell(tr, row.bid.rank + (row.bid.tied ? "=" : ""), row.bid.rank);
        tr.cells[0].setAttribute("data-tied", row.tied ? "true" : "false");
        tbody.appendChild(tr);
      });
    }

    items.forEach(function (item, i) {
      var number = item.querySelector(".wi-weight");
      var range = item.querySelector(".wi-range");
      number.addEventListener("input", function () {
        if (number.value.trim() !== "") {
          setWeight(i, Number(number.value));
          update();
        }
      });
      number.addEventListener("change", function () {
        number.value = String(Number(weights[i].toFixed(2)));
      });
      range.addEventListener("input", function () {
        setWeight(i, Number(range.value));
        update();
      });
    });
    if (select) {
      select.addEventListener("change", update);
    }
    panel.querySelectorAll(".wi-param input").forEach(function (input) {
      input.addEventListener("input", update);
    });
    document.getElementById("wi-reset").addEventListener("click", function () {
      weights = announced.slice();
      if (select) {
        select.value = W.formula;
      }
      panel.querySelectorAll(".wi-param input").forEach(function (input) {
        input.value = input.defaultValue;
      });
      update();
    });
    update();
  }

  enhanceTables();
  if (DATA.whatif) {
    setUpWhatIf(DATA.whatif);
  }
})();
