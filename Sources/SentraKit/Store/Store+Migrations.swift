import GRDB

extension Store {
    /// Named, append-only migrations: never edit one that has shipped; add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-ledger") { db in
            try db.execute(
                sql: """
                    CREATE TABLE import_run (
                        id INTEGER PRIMARY KEY,
                        kind TEXT NOT NULL,
                        file_name TEXT NOT NULL,
                        sha256 TEXT NOT NULL,
                        imported_at TEXT NOT NULL,
                        rows_read INTEGER NOT NULL,
                        added INTEGER NOT NULL,
                        updated INTEGER NOT NULL,
                        unchanged INTEGER NOT NULL,
                        rejected INTEGER NOT NULL,
                        amended INTEGER NOT NULL
                    );
                    CREATE TABLE supplier (
                        nib TEXT PRIMARY KEY,
                        name TEXT NOT NULL,
                        scale TEXT NOT NULL,
                        region TEXT NOT NULL,
                        sentra TEXT NOT NULL,
                        certifications TEXT NOT NULL,
                        active INTEGER NOT NULL,
                        verified_on TEXT,
                        npwp TEXT,
                        phone TEXT NOT NULL,
                        email TEXT NOT NULL,
                        fingerprint INTEGER NOT NULL,
                        import_id INTEGER NOT NULL
                    );
                    CREATE INDEX supplier_npwp ON supplier(npwp);
                    CREATE TABLE catalog_item (
                        nib TEXT NOT NULL,
                        sku TEXT NOT NULL,
                        name TEXT NOT NULL,
                        category TEXT NOT NULL,
                        unit TEXT NOT NULL,
                        unit_price INTEGER NOT NULL,          -- sen
                        capacity_per_month INTEGER,           -- NULL: unknown
                        lead_time_days INTEGER,
                        tkdn INTEGER,                         -- basis points
                        bmp INTEGER,                          -- basis points
                        certifications TEXT NOT NULL,
                        description TEXT NOT NULL,
                        fingerprint INTEGER NOT NULL,
                        import_id INTEGER NOT NULL,
                        -- A rowid table with a narrow unique key: a large import appends rows and
                        -- seeks only in the small (nib, sku) index, not in a tree of whole rows.
                        UNIQUE (nib, sku)
                    );
                    CREATE INDEX catalog_item_category ON catalog_item(category, unit_price);
                    CREATE TABLE need (
                        need_id TEXT PRIMARY KEY,
                        opd_code TEXT NOT NULL,
                        opd_name TEXT NOT NULL,
                        fiscal_year INTEGER NOT NULL,
                        program TEXT NOT NULL,
                        category TEXT NOT NULL,
                        description TEXT NOT NULL,
                        quantity INTEGER NOT NULL,
                        unit TEXT NOT NULL,
                        budget INTEGER NOT NULL,              -- sen
                        region TEXT NOT NULL,
                        needed_by TEXT,
                        required_certifications TEXT NOT NULL,
                        fingerprint INTEGER NOT NULL,
                        import_id INTEGER NOT NULL
                    );
                    CREATE INDEX need_scope ON need(opd_code, fiscal_year);
                    CREATE TABLE spend (
                        tx_id TEXT PRIMARY KEY,
                        opd_code TEXT NOT NULL,
                        date TEXT NOT NULL,
                        amount INTEGER NOT NULL,              -- sen
                        supplier_nib TEXT,
                        supplier_npwp TEXT,
                        supplier_name TEXT NOT NULL,
                        need_id TEXT,
                        category TEXT,
                        tkdn INTEGER,
                        bmp INTEGER,
                        fingerprint INTEGER NOT NULL,
                        import_id INTEGER NOT NULL
                    );
                    CREATE INDEX spend_scope ON spend(opd_code, date);
                    CREATE TABLE spend_amendment (
                        id INTEGER PRIMARY KEY,
                        tx_id TEXT NOT NULL,
                        import_id INTEGER NOT NULL REFERENCES import_run(id),
                        line INTEGER NOT NULL,
                        old_values TEXT NOT NULL,             -- JSON of the row before
                        new_values TEXT NOT NULL
                    );
                    CREATE TABLE budget (
                        opd_code TEXT NOT NULL,
                        fiscal_year INTEGER NOT NULL,
                        goods_services_budget INTEGER NOT NULL, -- sen
                        fingerprint INTEGER NOT NULL,
                        import_id INTEGER NOT NULL,
                        PRIMARY KEY (opd_code, fiscal_year)
                    );
                    """)
        }
        migrator.registerMigration("v2-search") { db in
            // Directory search: one document per supplier, terms already normalised
            // by TextFit so synonyms, variants and affixes meet. Rebuilt when stale.
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE supplier_search USING fts5(nib UNINDEXED, terms, tokenize = 'unicode61');
                    CREATE TABLE search_state (id INTEGER PRIMARY KEY CHECK (id = 1), built_from_import INTEGER NOT NULL);
                    """)
        }
        migrator.registerMigration("v3-saved-plans") { db in
            // A saved plan never touches the spend ledger: it only feeds projected shares.
            try db.execute(
                sql: """
                    CREATE TABLE saved_plan (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        saved_at TEXT NOT NULL,
                        as_of TEXT NOT NULL,
                        metric TEXT NOT NULL
                    );
                    CREATE TABLE saved_assignment (
                        plan_id INTEGER NOT NULL REFERENCES saved_plan(id),
                        need_id TEXT NOT NULL,
                        opd_code TEXT NOT NULL,
                        nib TEXT NOT NULL,
                        sku TEXT NOT NULL,
                        month TEXT NOT NULL,
                        quantity INTEGER NOT NULL,
                        total INTEGER NOT NULL                -- sen
                    );
                    CREATE INDEX saved_assignment_plan ON saved_assignment(plan_id);
                    """)
        }
        migrator.registerMigration("v4-match-cache") { db in
            // Shelves as match builds them from the catalog (CatalogCache): a cache, rebuilt
            // when a supplier or catalog import is newer than `source`.
            try db.execute(
                sql: """
                    CREATE TABLE match_shelf (
                        category TEXT PRIMARY KEY,
                        source INTEGER NOT NULL,              -- import_run.id the shelf was built after
                        rules INTEGER NOT NULL,               -- fingerprint of the text rules
                        data BLOB NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v5-lkpp") { db in
            // LKPP exports (`import lkpp`): spend rows carry what their source declares (NULL:
            // not declared, so the directory link decides) and their fiscal year (`tahun_anggaran`,
            // which may differ from the date's year); needs keep SiRUP's own flags; `opd` is the
            // satker master (kd_satker → kd_satker_str) plus names seen in files (from_master 0).
            try db.execute(
                sql: """
                    ALTER TABLE spend ADD COLUMN fiscal_year INTEGER;
                    ALTER TABLE spend ADD COLUMN declared_umk INTEGER;   -- sen
                    ALTER TABLE spend ADD COLUMN declared_pdn INTEGER;   -- sen
                    ALTER TABLE spend ADD COLUMN source TEXT;            -- LKPP profile; NULL: import spend
                    ALTER TABLE spend ADD COLUMN rup_codes TEXT;         -- every kd_rup, ';'-separated
                    ALTER TABLE spend ADD COLUMN shipping INTEGER;       -- ongkir, sen, beside the amount
                    ALTER TABLE need ADD COLUMN status_ukm TEXT;
                    ALTER TABLE need ADD COLUMN status_pdn TEXT;
                    ALTER TABLE need ADD COLUMN procurement_type TEXT;   -- jenis_pengadaan
                    ALTER TABLE need ADD COLUMN method TEXT;             -- metode_pengadaan, or swakelola
                    ALTER TABLE need ADD COLUMN category_reason TEXT;    -- why the category was inferred
                    ALTER TABLE need ADD COLUMN not_ikm_reason TEXT;     -- set: match does not search
                    ALTER TABLE need ADD COLUMN source TEXT;
                    CREATE TABLE opd (
                        opd_code TEXT PRIMARY KEY,                     -- kd_satker_str
                        kd_satker TEXT,
                        name TEXT NOT NULL,
                        from_master INTEGER NOT NULL,
                        import_id INTEGER NOT NULL
                    );
                    CREATE INDEX opd_kd_satker ON opd(kd_satker);
                    CREATE TABLE lkpp_uncounted (
                        tx_id TEXT PRIMARY KEY,                        -- profile prefix + record id
                        opd_code TEXT NOT NULL,
                        fiscal_year INTEGER,
                        pagu INTEGER,                                  -- sen
                        reason TEXT NOT NULL,                          -- awarded-without-value, cancelled, …
                        fingerprint INTEGER NOT NULL,
                        import_id INTEGER NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v6-match-cache-files") { db in
            // The cached shelves move to files beside the database, read in place (CatalogCache);
            // a row names its category's file. The old blobs are a cache: dropped, rebuilt on use.
            try db.execute(
                sql: """
                    DROP TABLE match_shelf;
                    CREATE TABLE match_shelf (
                        category TEXT PRIMARY KEY,
                        source INTEGER NOT NULL,              -- import_run.id the shelf was built after
                        rules INTEGER NOT NULL,               -- fingerprint of the text rules
                        file TEXT NOT NULL,                   -- DB-shelves/FILE.shelf, FILE its header's token
                        size INTEGER NOT NULL                 -- bytes
                    );
                    """)
        }
        return migrator
    }
}
