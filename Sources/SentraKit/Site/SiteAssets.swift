/// The site's one style sheet and its one script (no inline script or handler anywhere, so the
/// Content-Security-Policy allows only files of the site itself).
enum SiteAssets {
    static let css = """
        :root { --ink: #1d2733; --muted: #5b6775; --line: #d8dee6; --brand: #0b5d7a; --ok: #1b6e36; --warn: #8a4b00; --bg: #f5f7f9; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); line-height: 1.5; }
        a { color: var(--brand); }
        main { max-width: 1100px; margin: 0 auto; padding: 1rem; }
        .top { background: var(--brand); color: #fff; padding: .75rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; justify-content: space-between; }
        .top a { color: #fff; text-decoration: none; }
        .top nav a { margin-left: 1rem; }
        .brand { font-weight: 700; font-size: 1.15rem; }
        h1 { font-size: 1.7rem; line-height: 1.25; margin: .5rem 0; overflow-wrap: anywhere; }
        h2 { font-size: 1.25rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
        .lead { font-size: 1.05rem; color: var(--muted); max-width: 46rem; }
        .muted { color: var(--muted); }
        .small { font-size: .875rem; }
        .stats { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .75rem; }
        .stats li { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; }
        .stats strong { display: block; font-size: 1.6rem; color: var(--brand); }
        form { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
        .field { display: flex; flex-direction: column; flex: 1 1 9rem; }
        .field.wide { flex: 3 1 16rem; }
        label { font-size: .85rem; color: var(--muted); }
        input, select, button { font: inherit; padding: .45rem .6rem; border: 1px solid #9aa6b2; border-radius: 6px; background: #fff; min-height: 2.5rem; }
        button { background: var(--brand); color: #fff; border-color: var(--brand); cursor: pointer; }
        .cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .75rem; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; display: flex; flex-direction: column; gap: .2rem; overflow-wrap: anywhere; }
        .card-title { font-weight: 600; }
        .price { font-weight: 700; font-size: 1.05rem; margin: .25rem 0; }
        .ok { color: var(--ok); }
        .no { color: var(--warn); }
        .stale { display: inline-block; background: #fff4e0; color: var(--warn); border: 1px solid #f0c27a; border-radius: 6px; padding: .15rem .5rem; font-weight: 600; }
        .tag { display: inline-block; background: #e8f1f5; border-radius: 4px; padding: 0 .4rem; margin: 0 .2rem .2rem 0; font-size: .85rem; }
        .crumbs { font-size: .9rem; color: var(--muted); margin: 0; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
        .facts.small { background: transparent; border: 0; padding: 0; font-size: .9rem; }
        .facts dt { color: var(--muted); }
        .facts dd { margin: 0; overflow-wrap: anywhere; }
        .plain { list-style: none; padding: 0; margin: 0; }
        .products { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1rem; }
        .product { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem; break-inside: avoid; }
        .desc { color: var(--muted); }
        pre { background: #f0f3f6; padding: .5rem; overflow-x: auto; font-size: .8rem; white-space: pre; }
        details summary { cursor: pointer; color: var(--brand); }
        .browse { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
        .browse ul { padding-left: 1.1rem; }
        .map { width: 100%; height: auto; max-height: 70vh; background: #fff; border: 1px solid var(--line); border-radius: 8px; }
        .map .sea { fill: #eef4f8; }
        .map .other { fill: #c3ccd5; }
        .map .ikm { fill: var(--brand); fill-opacity: .75; stroke: #fff; stroke-width: 1.5; }
        .map a:hover .ikm, .map a:focus .ikm { fill: #e07b00; }
        .map text { font-size: 13px; fill: var(--ink); font-weight: 600; }
        .pager { margin: 1rem 0; display: flex; flex-wrap: wrap; gap: .5rem; }
        .foot { max-width: 1100px; margin: 2rem auto; padding: 1rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); }
        @media (max-width: 600px) {
          main { padding: .75rem; }
          h1 { font-size: 1.4rem; }
          .top nav a { margin: 0 1rem 0 0; }
          .facts:not(.small) { grid-template-columns: 1fr; }
          .facts:not(.small) dt { font-weight: 600; margin-top: .4rem; }
          .products { grid-template-columns: 1fr; }
          .map text { display: none; }
        }
        @media print {
          .top nav, form, #search-status, details summary, .foot { display: none; }
          body { background: #fff; }
          details > * { display: block; }
          .product, .card, .facts { border-color: #999; }
        }

        """

    static let searchScript = """
        // Galeri IKM search: runs over window.SENTRA_INDEX (search-index.js), no network.
        (function () {
          "use strict";
          var index = window.SENTRA_INDEX;
          var form = document.getElementById("search-form");
          var list = document.getElementById("hasil");
          var status = document.getElementById("search-status");
          if (!index || !form || !list || !status) { return; }
          var fields = ["q", "cat", "cert", "scale", "region"];
          var termKeys = Object.keys(index.terms);
          var wordKeys = Object.keys(index.words);
          var limit = 100;

          function normalise(text) {
            return text.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase();
          }
          function splitWords(text) {
            return normalise(text).split(/[^0-9a-z\\u00c0-\\uffff]+/).filter(function (w) { return w.length > 0; });
          }
          function addAll(set, terms) { terms.forEach(function (t) { set[t] = true; }); }

          // One group of terms per query word (or known phrase of up to three words).
          function groups(query) {
            var words = splitWords(query);
            var result = [];
            var i = 0;
            while (i < words.length) {
              var matched = false;
              for (var n = 3; n >= 2 && !matched; n--) {
                if (i + n > words.length) { continue; }
                var phrase = words.slice(i, i + n).join(" ");
                if (Object.prototype.hasOwnProperty.call(index.words, phrase)) {
                  var found = {};
                  addAll(found, index.words[phrase]);
                  result.push(Object.keys(found));
                  i += n;
                  matched = true;
                }
              }
              if (matched) { continue; }
              var word = words[i];
              i += 1;
              var terms = {};
              if (Object.prototype.hasOwnProperty.call(index.words, word)) {
                if (index.words[word].length === 0) { continue; }
                addAll(terms, index.words[word]);
              } else {
                terms[word] = true;
              }
              if (word.length >= 3) {
                termKeys.forEach(function (t) { if (t.indexOf(word) === 0) { terms[t] = true; } });
                wordKeys.forEach(function (w) { if (w.indexOf(word) === 0) { addAll(terms, index.words[w]); } });
              }
              result.push(Object.keys(terms));
            }
            return result;
          }

          function matches(groupList) {
            var selected = null;
            groupList.forEach(function (terms) {
              var union = {};
              terms.forEach(function (t) {
                if (Object.prototype.hasOwnProperty.call(index.terms, t)) {
                  index.terms[t].forEach(function (n) { union[n] = true; });
                }
              });
              if (selected === null) { selected = union; return; }
              var both = {};
              Object.keys(selected).forEach(function (n) { if (union[n]) { both[n] = true; } });
              selected = both;
            });
            if (selected === null) { return index.items.map(function (_, n) { return n; }); }
            return Object.keys(selected).map(Number).sort(function (a, b) { return a - b; });
          }

          function element(tag, className, text) {
            var node = document.createElement(tag);
            if (className) { node.className = className; }
            if (text !== undefined) { node.textContent = text; }
            return node;
          }

          function categoryLabel(slug) {
            var option = form.querySelector("#cat option[value=\\"" + slug + "\\"]");
            return option ? option.textContent : slug;
          }

          function run() {
            var values = {};
            fields.forEach(function (name) {
              var field = document.getElementById(name);
              values[name] = field ? field.value.trim() : "";
            });
            while (list.firstChild) { list.removeChild(list.firstChild); }
            if (!values.q && !values.cat && !values.cert && !values.scale && !values.region) {
              status.textContent = "Ketik kata kunci atau pilih filter, lalu tekan Cari.";
              return;
            }
            var found = matches(groups(values.q)).filter(function (n) {
              var item = index.items[n];
              if (values.cat && item[3] !== values.cat) { return false; }
              if (values.cert && (" " + item[6] + " ").indexOf(" " + values.cert + " ") < 0) { return false; }
              if (values.scale && item[7] !== values.scale) { return false; }
              if (values.region && item[8] !== values.region && item[8].indexOf(values.region + ".") !== 0) { return false; }
              return true;
            });
            // Products whose own name carries the words come before those found by their maker's name.
            var asked = splitWords(values.q);
            function score(n) {
              var name = normalise(index.items[n][0]);
              return asked.filter(function (w) { return name.indexOf(w) >= 0; }).length;
            }
            found.sort(function (a, b) { return score(b) - score(a) || a - b; });
            status.textContent = found.length === 0 ? "Tidak ada produk yang cocok." :
              found.length + " produk ditemukan" + (found.length > limit ? " (" + limit + " pertama ditampilkan)" : "") + ".";
            found.slice(0, limit).forEach(function (n) {
              var item = index.items[n];
              var card = element("li", "card result");
              var title = element("a", "card-title", item[0]);
              title.href = item[1];
              card.appendChild(title);
              var price = element("span", "price", item[4] + " ");
              price.appendChild(element("span", "muted", "/ " + item[5]));
              card.appendChild(price);
              var who = element("a", "supplier", item[2]);
              who.href = item[1].split("#")[0];
              card.appendChild(who);
              card.appendChild(element("span", "muted", item[9] + " · " + categoryLabel(item[3]) + " · TKDN " + item[10]));
              var tags = element("span", item[11] ? "ok" : "no", item[7] + (item[11] ? " · dihitung UMK-K" : " · tidak dihitung UMK-K"));
              card.appendChild(tags);
              if (item[6]) { card.appendChild(element("span", "muted small", "Sertifikat: " + item[6].toUpperCase())); }
              list.appendChild(card);
            });
          }

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

        """
}
