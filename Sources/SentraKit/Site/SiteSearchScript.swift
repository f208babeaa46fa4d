/// The browser search (`search.js`). It loads the index shards a query needs as scripts (so it
/// works from `file://`, where `fetch` cannot), intersects their product lists in typed arrays
/// and renders cards with `textContent` only. It notes how long a search took in
/// `document.body.dataset.searchMs` and when it was done since the page began to load in
/// `searchAt` (for the benchmark in docs/performance.md).
enum SiteSearchScript {
    static let source = head + lists + tail

    /// `search.js` up to the reading of lists (`lists`, in `SiteSearchScript+Lists`).
    static let head = #"""
        // Galeri IKM search over the cari-*.js shards (see cari-meta.js), no network.
        (function () {
          "use strict";
          var meta = window.SENTRA_META;
          var form = document.getElementById("search-form");
          var list = document.getElementById("hasil");
          var status = document.getElementById("search-status");
          if (!meta || !form || !list || !status) { return; }
          var text = meta.text;
          var fields = ["q", "cat", "cert", "scale", "region"];
          var pageSize = 50;
          var loaded = {};
          var waiting = {};
          var decoded = {};
          var current = 0;
          var has = Object.prototype.hasOwnProperty;

          window.SENTRA_SHARD = function (name, payload) { loaded[name] = payload; };

          // Loads the named shards (each once) and calls done when all have run or failed.
          function load(names, done) {
            var left = 1;
            var failed = false;
            function finish() { left -= 1; if (left === 0) { done(failed); } }
            names.forEach(function (name) {
              if (has.call(loaded, name)) { return; }
              left += 1;
              if (has.call(waiting, name)) { waiting[name].push(finish); return; }
              waiting[name] = [finish];
              var script = document.createElement("script");
              script.src = "cari-" + name + ".js";
              function settle() {
                if (!has.call(loaded, name)) { loaded[name] = null; failed = true; }
                var callbacks = waiting[name];
                delete waiting[name];
                callbacks.forEach(function (callback) { callback(); });
              }
              script.addEventListener("load", settle);
              script.addEventListener("error", settle);
              document.head.appendChild(script);
            });
            finish();
          }

          function normalise(value) {
            return value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
          }
          function splitWords(value) {
            return normalise(value).split(/[^0-9a-z\u00c0-\uffff]+/).filter(function (w) { return w.length > 0; });
          }
          function slug(value) {
            return value.toLowerCase().split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0; }).join("-");
          }
          function safe(value) { var m = /^[a-z0-9]*/.exec(value)[0]; return m.length > 0 ? m : "_"; }

          // The term shards that hold `value` (and, with `expand`, every term that begins with it).
          function shardsFor(value, expand) {
            var key = safe(value);
            return meta.shards.filter(function (s) {
              return key.indexOf(s) === 0 || (expand && s.indexOf(key) === 0);
            }).map(function (s) { return "t-" + s; });
          }
          function lookup(kind, value) {
            var names = shardsFor(value, false);
            for (var i = 0; i < names.length; i++) {
              var shard = loaded[names[i]];
              if (shard && has.call(shard[kind], value)) { return shard[kind][value]; }
            }
            return null;
          }
          function phrasesOf(words) {
            var result = [];
            for (var i = 0; i < words.length; i++) {
              for (var n = 2; n <= 3 && i + n <= words.length; n++) { result.push(words.slice(i, i + n).join(" ")); }
            }
            return result;
          }

          // One group of terms per query word (or known phrase of up to three words).
          function groups(words) {
            var result = [];
            var i = 0;
            while (i < words.length) {
              var matched = false;
              for (var n = 3; n >= 2 && !matched; n--) {
                if (i + n > words.length) { continue; }
                var mapped = lookup("w", words.slice(i, i + n).join(" "));
                if (mapped) { result.push(mapped.slice()); i += n; matched = true; }
              }
              if (matched) { continue; }
              var word = words[i];
              i += 1;
              var terms = {};
              var own = lookup("w", word);
              if (own) {
                if (own.length === 0) { continue; }
                own.forEach(function (t) { terms[t] = true; });
              } else {
                terms[word] = true;
              }
              if (word.length >= 3) {
                shardsFor(word, true).forEach(function (name) {
                  var shard = loaded[name];
                  if (!shard) { return; }
                  Object.keys(shard.t).forEach(function (t) { if (t.indexOf(word) === 0) { terms[t] = true; } });
                  Object.keys(shard.w).forEach(function (w) {
                    if (w.indexOf(word) === 0) { shard.w[w].forEach(function (t) { terms[t] = true; }); }
                  });
                });
              }
              result.push(Object.keys(terms));
            }
            return result;
          }


        """#

    /// The rest of `search.js`, after `lists`.
    static let tail = #"""

          // Products in every group and every filter, best first: those whose own name has more
          // of the query's terms, then in name order.
          // The work is one pass over the catalog in typed arrays (a few milliseconds for a
          // million products) plus the lists themselves; no array of all hits is built in JS objects.
          function matches(groupList, filters) {
            var total = meta.items;
            var hits = new Uint8Array(total);
            var score = new Uint8Array(total);
            var level = 0;
            groupList.forEach(function (terms) {
              var lists = terms.map(termList).filter(function (p) { return p !== null; });
              [1, 0].forEach(function (flag) {
                lists.forEach(function (p) {
                  for (var i = 0; i < p.length; i++) {
                    var v = p[i];
                    if ((v & 1) !== flag) { continue; }
                    var n = v >> 1;
                    if (hits[n] === level) { hits[n] = level + 1; score[n] += flag; }
                  }
                });
              });
              level += 1;
            });
            filters.forEach(function (filter) {
              var p = numbers(filter.key, pieces(filter.names));
              for (var i = 0; i < p.length; i++) { if (hits[p[i]] === level) { hits[p[i]] = level + 1; } }
              level += 1;
            });
            // Best score first, then name order: a counting sort into one typed array.
            var counts = new Int32Array(256);
            for (var n = 0; n < total; n++) { if (hits[n] === level) { counts[score[n]] += 1; } }
            var start = new Int32Array(256);
            var sum = 0;
            for (var s = 255; s >= 0; s--) { start[s] = sum; sum += counts[s]; }
            var found = new Int32Array(sum);
            for (var m = 0; m < total; m++) { if (hits[m] === level) { found[start[score[m]]++] = m; } }
            return found;
          }

          function element(tag, className, value) {
            var node = document.createElement(tag);
            if (className) { node.className = className; }
            if (value !== undefined) { node.textContent = value; }
            return node;
          }
          function fill(template, n) {
            return template.replace("{n}", String(n).replace(/\B(?=(\d{3})+(?!\d))/g, text.group));
          }
          function categoryLabel(value) {
            var options = document.getElementById("cat").options;
            for (var i = 0; i < options.length; i++) { if (options[i].value === value) { return options[i].textContent; } }
            return value;
          }
          function card(item) {
            var node = element("li", "card result");
            var title = element("a", "card-title", item[0]);
            title.href = item[1];
            node.appendChild(title);
            var price = element("span", "price", item[4] + " ");
            price.appendChild(element("span", "muted", "/ " + item[5]));
            node.appendChild(price);
            var who = element("a", "supplier", item[2]);
            who.href = item[1].split("#")[0];
            node.appendChild(who);
            node.appendChild(element("span", "muted", item[8] + " · " + categoryLabel(item[3]) + " · TKDN " + item[9]));
            node.appendChild(element("span", item[10] ? "ok" : "no", item[7] + " · " + (item[10] ? text.countsShort : text.notCountsShort)));
            if (item[6]) { node.appendChild(element("span", "muted small", text.certificates + item[6].toUpperCase())); }
            return node;
          }

          var more = element("button", "secondary", text.more);
          more.type = "button";
          more.hidden = true;
          list.parentNode.insertBefore(more, list.nextSibling);
          var shown = new Int32Array(0);
          var shownCount = 0;

          // Renders the next page of results, loading only the product chunks it shows.
          function showMore(query, started) {
            var slice = Array.prototype.slice.call(shown.subarray(shownCount, shownCount + pageSize));
            var chunks = {};
            slice.forEach(function (n) { chunks["p-" + Math.floor(n / meta.chunk)] = true; });
            load(Object.keys(chunks), function () {
              if (query !== current) { return; }
              slice.forEach(function (n) {
                var chunk = loaded["p-" + Math.floor(n / meta.chunk)];
                if (chunk) { list.appendChild(card(chunk[n % meta.chunk])); }
              });
              shownCount += slice.length;
              more.hidden = shownCount >= shown.length;
              document.body.dataset.searchMs = String(Math.round(performance.now() - started));
              document.body.dataset.searchAt = String(Math.round(performance.now()));
              document.body.dataset.searchDone = String(query);
            });
          }

          function run() {
            var started = performance.now();
            var query = ++current;
            var values = {};
            fields.forEach(function (name) {
              var field = document.getElementById(name);
              values[name] = field ? field.value.trim() : "";
            });
            while (list.firstChild) { list.removeChild(list.firstChild); }
            more.hidden = true;
            if (!values.q && !values.cat && !values.cert && !values.scale && !values.region) {
              status.textContent = text.prompt;
              return;
            }
            status.textContent = text.loading;
            var words = splitWords(values.q);
            var first = [];
            words.forEach(function (w) { first = first.concat(shardsFor(w, w.length >= 3)); });
            phrasesOf(words).forEach(function (p) { first = first.concat(shardsFor(p, false)); });
            var filterKeys = [];
            if (values.cat) { filterKeys.push("c-" + slug(values.cat)); }
            if (values.cert) { filterKeys.push("k-" + slug(values.cert)); }
            if (values.scale) { filterKeys.push("s-" + slug(values.scale)); }
            if (values.region) { filterKeys.push((values.region.indexOf(".") >= 0 ? "r-" : "p-") + slug(values.region)); }
            // A filter value no product has (an old link, say) has no scripts: an empty list, nothing matches.
            var filters = filterKeys.map(function (key) {
              return { key: "f-" + key, names: has.call(meta.filters, key) ? partNames("f-" + key, meta.filters[key]) : [] };
            });
            load(first, function (failed) {
              if (query !== current) { return; }
              var groupList = groups(words);
              var second = [];
              filters.forEach(function (filter) { second = second.concat(filter.names); });
              groupList.forEach(function (terms) { terms.forEach(function (t) { second = second.concat(shardsFor(t, false)); }); });
              load(second, function (failedToo) {
                if (query !== current) { return; }
                // Long term lists live in scripts of their own, named in the shards just loaded.
                var third = [];
                groupList.forEach(function (terms) {
                  terms.forEach(function (t) {
                    var p = lookup("t", t);
                    if (p !== null && typeof p !== "string") { third = third.concat(partNames(p[0], p[1])); }
                  });
                });
                load(third, function (failedParts) {
                  if (query !== current) { return; }
                  if (failed || failedToo || failedParts) { status.textContent = text.failed; return; }
                  shown = matches(groupList, filters);
                  shownCount = 0;
                  status.textContent = shown.length === 0 ? text.none :
                    fill(text.found, shown.length) + (shown.length > pageSize ? fill(text.shown, pageSize) : "") + ".";
                  showMore(query, started);
                });
              });
            });
          }

          more.addEventListener("click", function () { showMore(current, performance.now()); });
          var params = new URLSearchParams(window.location.search);
          var asked = false;
          fields.forEach(function (name) {
            var value = params.get(name);
            var field = document.getElementById(name);
            if (value !== null && field) { field.value = value; asked = asked || value !== ""; }
          });
          document.getElementById("q").addEventListener("input", run);
          ["cat", "cert", "scale", "region"].forEach(function (name) {
            document.getElementById(name).addEventListener("change", run);
          });
          run();
          if (asked) { document.getElementById("cari").scrollIntoView(); }
        })();

        """#
}
