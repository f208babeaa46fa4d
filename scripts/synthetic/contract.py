"""The five CSV files with the contract's headers (docs/csv-reference.md), and how they reach disk.

Headers live here, not in each generator, so the column order of every file can
be checked against the contract in one place. A file is written to NAME.csv.tmp
and renamed when complete, so an interrupted run never leaves a truncated CSV
that looks finished.
"""

import csv
import os

HEADERS = {
    "suppliers": ["nib", "name", "scale", "region", "sentra", "certifications",
                  "active", "verified_on", "npwp", "phone", "email"],
    "catalog": ["nib", "sku", "name", "category", "unit", "unit_price",
                "capacity_per_month", "lead_time_days", "tkdn", "bmp",
                "certifications", "description"],
    "needs": ["need_id", "opd_code", "opd_name", "fiscal_year", "program",
              "category", "description", "quantity", "unit", "budget", "region",
              "needed_by", "required_certifications"],
    "spend": ["tx_id", "opd_code", "date", "amount", "supplier_nib",
              "supplier_npwp", "supplier_name", "need_id", "category", "tkdn",
              "bmp"],
    "budgets": ["opd_code", "fiscal_year", "goods_services_budget"],
}


class Out:
    def __init__(self, d, name):
        self.path = os.path.join(d, name + ".csv")
        self.tmp = self.path + ".tmp"
        self.f = open(self.tmp, "w", newline="", encoding="utf-8", buffering=1 << 20)
        self.w = csv.writer(self.f, lineterminator="\n")
        self.w.writerow(HEADERS[name])

    def close(self):
        self.f.close()
        os.replace(self.tmp, self.path)
