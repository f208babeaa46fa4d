import Mustache

/// The site's page templates. Every text a person reads comes from the language table (`t`);
/// `{{{…}}}` is used only for fragments the site renders itself (page body, map, pager) and for
/// the table's own texts that carry markup.
enum SiteTemplates {
    static let csp =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'"

    static let layout = try! MustacheTemplate(
        string: """
            <!DOCTYPE html>
            <html lang="{{t.lang}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(csp)">
            <title>{{pageTitle}} · {{siteTitle}}</title>
            <link rel="stylesheet" href="style.css">
            {{#search}}
            <script src="cari-meta.js" defer></script>
            <script src="search.js" defer></script>
            {{/search}}
            </head>
            <body>
            <header class="top"><a class="brand" href="index.html">{{siteTitle}}</a>
            <nav><a href="index.html#cari">{{t.navSearch}}</a> <a href="index.html#peta">{{t.navMap}}</a> <a href="index.html#telusuri">{{t.navBrowse}}</a></nav></header>
            <main>
            {{{body}}}
            </main>
            <footer class="foot">{{footer}}</footer>
            </body>
            </html>

            """)

    /// A list of product cards (sentra, region and category pages).
    static let itemList = """
        <ul class="cards">
        {{#items}}
        <li class="card"><a class="card-title" href="{{productFile}}">{{name}}</a>
        <span class="price">{{price}} <span class="muted">/ {{unit}}</span></span>
        <span><a href="{{supplierFile}}">{{supplierName}}</a> · <a href="{{regionFile}}">{{regionName}}</a></span>
        <span class="muted">{{categoryLabel}} · TKDN {{tkdn}}{{#counts}} · <span class="ok">{{t.umkk}}</span>{{/counts}}</span></li>
        {{/items}}
        </ul>
        {{{itemPager}}}
        """

    static let memberList = """
        <ul class="cards">
        {{#members}}
        <li class="card"><a class="card-title" href="{{file}}">{{name}}</a>
        <span>{{scale}}{{#counts}} · <span class="ok">{{t.countsShort}}</span>{{/counts}} · {{productCount}}</span>
        <span class="muted"><a href="{{region.file}}">{{region.name}}</a>{{#hasSentra}} · <a href="{{sentraFile}}">{{sentra}}</a>{{/hasSentra}}</span>
        <span class="muted">{{t.verified}}: {{verified}}</span>
        {{#isStale}}<span class="stale">{{stale}}</span>{{/isStale}}</li>
        {{/members}}
        </ul>
        {{{memberPager}}}
        """

    static let home = try! MustacheTemplate(
        string: """
            <section class="hero">
            <h1>{{title}}</h1>
            <p class="lead">{{lead}}</p>
            <ul class="stats">
            <li><strong>{{ikm}}</strong> {{t.ikm}}</li>
            <li><strong>{{sentraCount}}</strong> {{t.sentraLower}}</li>
            <li><strong>{{productCount}}</strong> {{t.productsLower}}</li>
            <li><strong>{{regionCount}}</strong> {{t.regions}}</li>
            </ul>
            </section>
            <section id="cari" class="search">
            <h2>{{t.searchTitle}}</h2>
            <form id="search-form" action="index.html" method="get" role="search">
            <div class="field wide"><label for="q">{{t.keyword}}</label>
            <input id="q" name="q" type="search" placeholder="{{t.placeholder}}"></div>
            <div class="field"><label for="cat">{{t.category}}</label>
            <select id="cat" name="cat"><option value="">{{t.all}}</option>
            {{#categories}}<option value="{{slug}}">{{label}}</option>
            {{/categories}}</select></div>
            <div class="field"><label for="cert">{{t.certificate}}</label>
            <select id="cert" name="cert"><option value="">{{t.all}}</option>
            {{#certificates}}<option value="{{type}}">{{label}}</option>
            {{/certificates}}</select></div>
            <div class="field"><label for="scale">{{t.scale}}</label>
            <select id="scale" name="scale"><option value="">{{t.all}}</option>
            {{#scales}}<option value="{{value}}">{{value}}</option>
            {{/scales}}</select></div>
            <div class="field"><label for="region">{{t.region}}</label>
            <select id="region" name="region"><option value="">{{t.all}}</option>
            {{#regions}}<option value="{{code}}">{{name}}</option>
            {{/regions}}</select></div>
            <div class="field"><button type="submit">{{t.searchButton}}</button></div>
            </form>
            <p id="search-status" class="muted">{{t.noScript}}</p>
            <ul id="hasil" class="cards"></ul>
            </section>
            <section id="peta">
            <h2>{{t.mapTitle}}</h2>
            <p class="muted">{{t.mapHelp}}</p>
            {{{map}}}
            </section>
            <section id="telusuri" class="browse">
            <div><h2>{{t.category}}</h2><ul>
            {{#categories}}<li><a href="{{file}}">{{label}}</a> <span class="muted">({{count}})</span></li>
            {{/categories}}</ul></div>
            <div><h2>{{t.sentra}}</h2>{{#someSentras}}<p class="muted">{{largestSentras}}</p>{{/someSentras}}<ul>
            {{#sentras}}<li><a href="{{file}}">{{name}}</a> <span class="muted">({{count}})</span></li>
            {{/sentras}}</ul>
            <p><a href="{{sentraIndexFile}}">{{allSentras}} ›</a></p></div>
            <div><h2>{{t.province}}</h2><ul>
            {{#provinces}}<li><a href="{{file}}">{{name}}</a> <span class="muted">({{count}})</span></li>
            {{/provinces}}</ul>
            <h2>{{t.regionsTitle}}</h2><ul>
            {{#regions}}<li><a href="{{file}}">{{name}}</a> <span class="muted">({{count}})</span></li>
            {{/regions}}</ul></div>
            </section>
            """)

    static let sentra = try! MustacheTemplate(
        string: """
            <p class="crumbs"><a href="index.html">{{t.home}}</a> › <a href="sentra.html">{{t.sentra}}</a></p>
            <h1>{{name}}</h1>
            <p>{{t.region}}: {{#regions}}<a href="{{file}}">{{name}}</a> {{/regions}}</p>
            {{#showMembers}}<h2>{{t.members}} <span class="muted small">({{memberCount}})</span></h2>
            \(memberList){{/showMembers}}
            {{#showItems}}<h2 id="produk">{{t.products}} <span class="muted small">({{itemCount}})</span></h2>
            \(itemList){{/showItems}}
            """)

    static let region = try! MustacheTemplate(
        string: """
            <p class="crumbs"><a href="index.html">{{t.home}}</a> › <a href="{{provinceFile}}">{{province}}</a></p>
            <h1>{{name}}</h1>
            <p class="muted">{{codeLine}} · {{province}}</p>
            {{#showMembers}}<h2>{{t.ikm}} <span class="muted small">({{memberCount}})</span></h2>
            \(memberList){{/showMembers}}
            {{#showItems}}<h2 id="produk">{{t.products}} <span class="muted small">({{itemCount}})</span></h2>
            \(itemList){{/showItems}}
            """)

    static let province = try! MustacheTemplate(
        string: """
            <p class="crumbs"><a href="index.html">{{t.home}}</a> › {{t.province}}</p>
            <h1>{{name}}</h1>
            <p class="muted">{{codeLine}}</p>
            <h2>{{t.regionsTitle}}</h2>
            <ul>
            {{#regions}}<li><a href="{{file}}">{{name}}</a> <span class="muted">({{count}})</span></li>
            {{/regions}}</ul>
            <h2>{{t.ikm}} <span class="muted small">({{memberCount}})</span></h2>
            \(memberList)
            """)

    static let category = try! MustacheTemplate(
        string: """
            <p class="crumbs"><a href="index.html">{{t.home}}</a> › {{t.category}}</p>
            <h1>{{label}}</h1>
            <p class="muted">{{count}}</p>
            \(itemList)
            """)

    static let sentraIndex = try! MustacheTemplate(
        string: """
            <p class="crumbs"><a href="index.html">{{t.home}}</a> › {{t.sentra}}</p>
            <h1>{{t.sentraIndex}}</h1>
            <ul class="columns">
            {{#sentras}}<li><a href="{{file}}">{{name}}</a> <span class="muted">({{count}})</span></li>
            {{/sentras}}</ul>
            {{{pager}}}
            """)
}
