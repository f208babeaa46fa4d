import Mustache

extension SiteTemplates {
    /// One supplier with every product; prints cleanly (the style sheet hides navigation and search).
    static let supplier = try! MustacheTemplate(
        string: """
            <p class="crumbs"><a href="index.html">{{t.home}}</a> › <a href="{{region.file}}">{{region.name}}</a>{{#hasSentra}} › <a href="{{sentraFile}}">{{sentra}}</a>{{/hasSentra}}</p>
            <h1>{{name}}</h1>
            {{#isStale}}<p class="stale">{{stale}}</p>{{/isStale}}
            <dl class="facts">
            <dt>{{t.scaleLabel}}</dt><dd>{{scale}} — {{#counts}}<span class="ok">{{countsLong}}</span>{{/counts}}{{^counts}}<span class="no">{{countsLong}}</span>{{/counts}}</dd>
            <dt>{{t.sentra}}</dt><dd>{{#hasSentra}}<a href="{{sentraFile}}">{{sentra}}</a>{{/hasSentra}}{{^hasSentra}}—{{/hasSentra}}</dd>
            <dt>{{t.region}}</dt><dd><a href="{{region.file}}">{{region.name}}</a> ({{region.code}}), <a href="{{provinceFile}}">{{province}}</a></dd>
            <dt>{{t.nib}}</dt><dd>{{nib}}</dd>
            <dt>{{t.certificate}}</dt><dd>{{#hasCertificates}}<ul class="plain">{{#certificates}}<li>{{type}}{{#hasNumber}} <span class="muted">No. {{number}}</span>{{/hasNumber}}</li>{{/certificates}}</ul>{{/hasCertificates}}{{^hasCertificates}}—{{/hasCertificates}}</dd>
            <dt>{{t.verifiedLong}}</dt><dd>{{verified}}</dd>
            {{#showContact}}<dt>{{t.contact}}</dt><dd class="contact">{{#hasPhone}}<a href="{{phoneLink}}">{{phone}}</a> {{/hasPhone}}{{#hasEmail}}<a href="mailto:{{email}}">{{email}}</a>{{/hasEmail}}</dd>{{/showContact}}
            {{#hideContact}}<dt>{{t.contact}}</dt><dd class="muted">{{t.contactHidden}}</dd>{{/hideContact}}
            </dl>
            <h2>{{t.products}}</h2>
            {{^hasProducts}}<p class="muted">{{t.noProducts}}</p>{{/hasProducts}}
            <div class="products">
            {{#products}}
            <article class="product" id="{{anchor}}">
            <h3>{{name}}</h3>
            <p class="price">{{price}} <span class="muted">/ {{unit}}</span></p>
            <dl class="facts small">
            <dt>{{t.category}}</dt><dd><a href="{{categoryFile}}">{{categoryLabel}}</a></dd>
            <dt>{{t.capacity}}</dt><dd>{{capacity}}</dd>
            <dt>{{t.leadTime}}</dt><dd>{{leadTime}}</dd>
            <dt>{{t.tkdn}}</dt><dd>{{tkdn}}</dd>
            <dt>{{t.certificate}}</dt><dd>{{#hasCertificates}}{{#certificates}}<span class="tag">{{type}}{{#hasNumber}} {{number}}{{/hasNumber}}</span> {{/certificates}}{{/hasCertificates}}{{^hasCertificates}}—{{/hasCertificates}}</dd>
            <dt>{{t.sku}}</dt><dd>{{sku}}</dd>
            </dl>
            <p class="desc">{{description}}</p>
            <details><summary>{{t.needsSummary}}</summary>
            <pre><code>{{csv}}</code></pre>
            <p class="muted small">{{{t.needsHelp}}}</p>
            </details>
            </article>
            {{/products}}
            </div>
            """)
}
