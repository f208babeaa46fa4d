/// The site's one style sheet (no inline style, script or handler anywhere, so the
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
        .field { display: flex; flex-direction: column; flex: 1 1 9rem; min-width: 0; }
        select { max-width: 100%; }
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
        .pager { margin: 1rem 0; display: flex; flex-wrap: wrap; gap: .4rem .6rem; align-items: baseline; }
        .pager a, .pager strong { min-width: 2rem; text-align: center; padding: .2rem .4rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; text-decoration: none; }
        .pager strong { background: var(--brand); color: #fff; border-color: var(--brand); }
        .pager .gap { color: var(--muted); }
        .columns { columns: 18rem; column-gap: 2rem; padding-left: 1.1rem; }
        button.secondary { background: #fff; color: var(--brand); }
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
}
