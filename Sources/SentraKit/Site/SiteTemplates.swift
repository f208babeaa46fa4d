import Mustache

/// The templates of the few pages there is one of (home, sentra index); the many pages are built
/// in `SitePages+HTML`. Every text a person reads comes from the language table (`t`); `{{{…}}}`
/// is used only for fragments the site renders itself (map, pager).
enum SiteTemplates {
    static let csp =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'"

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
