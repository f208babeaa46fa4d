#!/usr/bin/env python3
"""Recompute Fixtures/lkpp/EXPECTED.md from the fixture files (stdlib only).

It reads every LKPP-shaped fixture with the exporter's dialect, recognises each file by its
header (the required columns in PROFILES.md), applies the counting rules of issue 14 /
CONTRACT.md ("LKPP exports") and prints, per OPD (kd_satker_str) for fiscal year 2025:
total_spend, counted UMK, share, counted PDN, PDN share, budget_share, and the planned stage
(RUP pagu marked UKM over all RUP pagu and over belanja_pengadaan).

It does this twice: once on the ISB-shaped set and once on the set where e-purchasing and
non-tender come in the INAPROC shape, and checks that both give the same figures.

Usage:
    python3 check_expected.py            # human-readable report (the figures of EXPECTED.md)
    python3 check_expected.py --json     # the per-OPD figures as JSON (for comparing with sentra)
    python3 check_expected.py --rows     # also list every spend record and why it counts or not

Exit status: 0 when every self-check passes, 1 otherwise.

Dialect (read by the profile, not guessed):
  * comma-delimited, LF or CRLF line ends, header row;
  * a field may be quoted with "..."; inside quotes JSON-style backslash escapes apply:
    \\" -> "   \\\\ -> \\   \\/ -> /   \\r \\n \\t \\b \\f -> control chars   \\uXXXX -> that code point;
    a doubled "" inside quotes is also read as one quote (RFC 4180), for safety;
  * an UNQUOTED field that is exactly `null` is an empty value (None); an unquoted empty field too;
  * money is an exact decimal (decimal.Decimal), never a float; codes stay text (leading zeros kept).
"""
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
YEAR = 2025
ZERO = Decimal("0")


# --------------------------------------------------------------------------- reader
def read_csv(path):
    """Return (header, rows); each row a list of str or None (null / empty unquoted)."""
    with open(path, "r", encoding="utf-8", newline="") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    records, row, i, n = [], [], 0, len(text)
    esc = {'"': '"', "\\": "\\", "/": "/", "r": "\r", "n": "\n", "t": "\t", "b": "\b", "f": "\f"}
    while i < n:
        if text[i] == '"':                              # quoted field
            i += 1
            buf = []
            while True:
                if i >= n:
                    raise ValueError(f"{path}: unterminated quoted field")
                c = text[i]
                if c == "\\":
                    nxt = text[i + 1] if i + 1 < n else ""
                    if nxt == "u":
                        buf.append(chr(int(text[i + 2:i + 6], 16)))
                        i += 6
                    elif nxt in esc:
                        buf.append(esc[nxt])
                        i += 2
                    else:                               # lone backslash: keep it
                        buf.append("\\")
                        i += 1
                elif c == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        buf.append('"')
                        i += 2
                    else:
                        i += 1
                        break
                else:
                    buf.append(c)
                    i += 1
            row.append("".join(buf))
            # after a closing quote: delimiter or end of record
            if i < n and text[i] == ",":
                i += 1
                if i >= n or text[i] in "\r\n":
                    row.append(None)
            elif i < n and text[i] in "\r\n":
                pass
            elif i < n:
                raise ValueError(f"{path}: text after closing quote at offset {i}")
        else:                                           # unquoted field
            j = i
            while j < n and text[j] not in ",\r\n":
                j += 1
            raw = text[i:j]
            row.append(None if raw in ("", "null") else raw)
            i = j
            if i < n and text[i] == ",":
                i += 1
                if i >= n or text[i] in "\r\n":
                    row.append(None)
        if i < n and text[i] in "\r\n":                 # end of record
            if text[i] == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            i += 1
            records.append(row)
            row = []
    if row:
        records.append(row)
    header, rows = records[0], records[1:]
    for k, r in enumerate(rows, start=2):
        if len(r) != len(header):
            raise ValueError(f"{path}: record {k} has {len(r)} fields, header has {len(header)}")
    return header, rows


def money(v):
    if v is None or v == "":
        return None
    d = Decimal(v)
    if d != d.quantize(Decimal("0.01")):
        raise ValueError(f"money with more than 2 decimals: {v}")
    return d


def pct(num, den):
    if den is None or den == 0:
        return None
    return (num * 100 / den).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def rp(d):
    return None if d is None else str(d.quantize(Decimal("0.01")))


# --------------------------------------------------------------------------- profiles
# Required recognition columns: small, distinctive, pairwise non-colliding (checked below).
PROFILES = {
    "rup_penyedia":         {"kd_rup", "pagu", "status_ukm", "urarian_pekerjaan"},
    "rup_swakelola":        {"kd_rup", "pagu", "uraian_pekerjaan", "tgl_awal_pelaksanaan_kontrak"},
    "rup_struktur_anggaran": {"kd_satker_str", "belanja_pengadaan", "total_belanja"},
    "rup_master_satker":    {"kd_satker", "kd_satker_str", "nama_satker", "jenis_satker"},
    "spse_tender_nilai":    {"kd_tender", "kd_rup_paket", "nilai_kontrak", "nilai_umk_kontrak"},
    "spse_nontender":       {"kd_nontender", "kd_rup", "nilai_kontrak", "nilai_umk_kontrak", "status_nontender"},
    "spse_pct_nontender":   {"kd_nontender_pct", "total_realisasi", "nilai_umk_pct", "status_nontender_pct"},
    "spse_pct_swakelola":   {"kd_swakelola_pct", "total_realisasi", "nilai_umk_pct", "status_swakelola_pct"},
    "ekatalog_v6_isb":      {"kd_paket", "total_harga", "status_pengiriman", "kd_penyedia_sikap"},
    "ekatalog_v6_inaproc":  {"rup_code", "total", "shipment_status", "order_date"},
    "tokodaring":           {"order_id", "valuasi", "status_konfirmasi_ppmse"},
}

ISB_FILES = [
    "rup_master_satker.csv", "rup_struktur_anggaran_pd.csv", "rup_paket_penyedia_terumumkan.csv",
    "rup_paket_swakelola_terumumkan.csv", "spse_tender_selesai_nilai.csv", "spse_nontender_selesai.csv",
    "spse_pencatatan_nontender.csv", "spse_pencatatan_swakelola.csv", "ekatalog_v6_paket_epurchasing.csv",
    "tokodaring_realisasi.csv",
]
INAPROC_SWAP = {"spse_nontender_selesai.csv": "inaproc_nontender_selesai.csv",
                "ekatalog_v6_paket_epurchasing.csv": "inaproc_ekatalog_paket_epurchasing.csv"}
INAPROC_FILES = [INAPROC_SWAP.get(f, f) for f in ISB_FILES]


# Other published headers a recogniser will meet (see PROFILES.md for their sources): each must land on the
# profile given, or on none. Keeps the required sets honest beyond our own fixtures.
VARIANTS = {
    # Toko Daring in an older ISB shape: no `tahun`, `nama_merchant` instead of `merchant_name`
    "tokodaring (older shape)": ("tokodaring", "kd_klpd,nama_klpd,kd_satker,nama_satker,order_id,order_desc,valuasi,kategori,"
        "metode_bayar,tanggal_transaksi,marketplace,nama_merchant,jenis_transaksi,kota_kab,provinsi,nama_pemesan,status_verif,"
        "sumber_data,status_konfirmasi_ppmse,keterangan_ppmse"),
    # SPSE pencatatan non-tender REALISASI (per payment, with supplier): not a profile of issue 14
    "pencatatan non-tender realisasi": (None, "tahun_anggaran,kd_klpd,nama_klpd,jenis_klpd,kd_satker,kd_satker_str,nama_satker,"
        "kd_lpse,nama_lpse,kd_nontender_pct,kd_paket_dce,kd_rup_paket,nama_paket,pagu,jenis_realisasi,no_realisasi,tgl_realisasi,"
        "nilai_realisasi,dok_realisasi,ket_realisasi,nama_penyedia,npwp_penyedia,nip_ppk,nama_ppk,_event_date"),
    # e-Katalog v5 paket e-purchasing (archive): not v6
    "ekatalog v5 paket": (None, "tahun_anggaran,kd_klpd,satker_id,nama_satker,alamat_satker,npwp_satker,kd_paket,no_paket,nama_paket,"
        "kd_rup,nama_sumber_dana,kode_anggaran,kd_komoditas,kd_produk,kd_penyedia,kd_penyedia_distributor,jml_jenis_produk,"
        "kuantitas,harga_satuan,ongkos_kirim,total_harga,kd_user_pokja,no_telp_user_pokja,email_user_pokja,kd_user_ppk,ppk_nip,"
        "jabatan_ppk,tanggal_buat_paket,tanggal_edit_paket,deskripsi,status_paket,paket_status_str,catatan_produk,"
        "kd_provinsi_wilayah_harga,kd_kabupaten_wilayah_harga"),
    # SPSE non-tender pengumuman: announcement, no contract value
    "non-tender pengumuman": (None, "tahun_anggaran,kd_klpd,nama_klpd,jenis_klpd,kd_satker,kd_satker_str,nama_satker,kd_lpse,"
        "nama_lpse,kd_nontender,kd_pkt_dce,kd_rup,nama_paket,pagu,hps,sumber_dana,mak,kualifikasi_paket,jenis_pengadaan,"
        "mtd_pemilihan,kontrak_pembayaran,status_nontender,versi_nontender,ket_diulang,ket_ditutup,tgl_buat_paket,"
        "tgl_kolektif_kolegial,tgl_pengumuman_nontender,nip_nama_ppk,nip_nama_pp,nip_nama_pokja,lokasi_pekerjaan,url_lpse"),
    # RUP paket anggaran penyedia (MAK lines of a package): not a needs file
    "rup paket anggaran penyedia": (None, "tahun_anggaran,kd_klpd,nama_klpd,jenis_klpd,kd_satker,kd_satker_str,nama_satker,kd_rup,"
        "kd_rup_lokal,kd_kegiatan,kd_komponen,kd_subkegiatan,pagu,mak,sumber_dana,asal_dana,tahun_anggaran_dana,asal_dana_klpd,"
        "asal_dana_satker,status_aktif_rup,status_delete_rup,status_umumkan_rup,_event_date"),
}


def recognise(header):
    cols = set(header)
    return [p for p, req in PROFILES.items() if req <= cols]


# --------------------------------------------------------------------------- loading
class Data:
    def __init__(self):
        self.master = {}          # kd_satker (text) -> (kd_satker_str, nama_satker)
        self.budget = {}          # (kd_satker_str, year) -> belanja_pengadaan
        self.names = {}           # kd_satker_str -> name (master first, else a file's nama_satker)
        self.rup = []             # planned-stage rows
        self.swa = []
        self.spend = []           # every spend-profile record, counted or not
        self.files = []           # (file, profile, summary)


def opd_of(rec, master):
    """An OPD is its kd_satker_str; a bare kd_satker goes through the master; else as given."""
    s = rec.get("kd_satker_str")
    if s:
        return s, "kd_satker_str"
    k = rec.get("kd_satker")
    if k is None:
        k = rec.get("kode_satker")
    if k is None:
        return None, "none"
    if "." in k:                                   # tender file: kd_satker holds the string code
        return k, "kd_satker (string code)"
    if k in master:
        return master[k][0], "kd_satker via master"
    return k, "kd_satker as given (unknown to master)"


def add_spend(d, file, rid, rec, opd, how, year, date, amount, umk, pdn, counts, why, supplier):
    d.spend.append(dict(file=file, id=rid, opd=opd, opd_from=how, year=year, date=date, amount=amount,
                        umk=umk, pdn=pdn, counts=counts, why=why, supplier=supplier))


def load(files):
    d = Data()
    parsed = []
    for f in files:
        header, rows = read_csv(os.path.join(HERE, f))
        profs = recognise(header)
        if len(profs) != 1:
            raise SystemExit(f"{f}: recognised as {profs}, expected exactly one profile")
        parsed.append((f, profs[0], [dict(zip(header, r)) for r in rows]))
    # the master first (resolution needs it), then everything else
    parsed.sort(key=lambda t: t[1] != "rup_master_satker")
    for f, prof, recs in parsed:
        n_counted = 0
        if prof == "rup_master_satker":
            for r in recs:
                d.master[r["kd_satker"]] = (r["kd_satker_str"], r["nama_satker"])
                d.names[r["kd_satker_str"]] = r["nama_satker"]
        elif prof == "rup_struktur_anggaran":
            for r in recs:
                d.budget[(r["kd_satker_str"], int(r["tahun_anggaran"]))] = money(r["belanja_pengadaan"])
                d.names.setdefault(r["kd_satker_str"], r["nama_satker"])
        elif prof == "rup_penyedia":
            for r in recs:
                opd, _ = opd_of(r, d.master)
                d.rup.append(dict(id=r["kd_rup"], opd=opd, year=int(r["tahun_anggaran"]), pagu=money(r["pagu"]),
                                  ukm=r["status_ukm"], pdn=r["status_pdn"], name=r["nama_paket"]))
        elif prof == "rup_swakelola":
            for r in recs:
                opd, _ = opd_of(r, d.master)
                d.swa.append(dict(id=r["kd_rup"], opd=opd, year=int(r["tahun_anggaran"]), pagu=money(r["pagu"])))
        elif prof in ("spse_tender_nilai", "spse_nontender"):
            idcol = "kd_tender" if prof == "spse_tender_nilai" else "kd_nontender"
            datecol = "tgl_penetapan_pemenang" if prof == "spse_tender_nilai" else "tgl_selesai_nontender"
            npwpcol = "npwp_penyedia"
            for r in recs:
                opd, how = opd_of(r, d.master)
                kon = money(r["nilai_kontrak"])
                ok = kon is not None and kon > 0
                why = "nilai_kontrak > 0" if ok else "awarded without a contract value (nilai_kontrak empty/null)"
                add_spend(d, f, r[idcol], r, opd, how, int(r["tahun_anggaran"]), r[datecol], kon,
                          money(r["nilai_umk_kontrak"]), money(r["nilai_pdn_kontrak"]), ok, why,
                          (r.get("nama_penyedia"), r.get(npwpcol)))
                if "nama_satker" in r and opd not in d.names:
                    d.names[opd] = r["nama_satker"]
        elif prof in ("spse_pct_nontender", "spse_pct_swakelola"):
            kind = "nontender" if prof == "spse_pct_nontender" else "swakelola"
            for r in recs:
                opd, how = opd_of(r, d.master)
                tot = money(r["total_realisasi"])
                st, ket = r[f"status_{kind}_pct"], r[f"status_{kind}_pct_ket"]
                cancelled = st == "Ditutup" or ket == "Paket Dibatalkan"
                ok = tot is not None and tot > 0 and not cancelled
                why = ("total_realisasi > 0, not cancelled" if ok else
                       f"cancelled ({st} / {ket})" if cancelled else "no realisation (total_realisasi empty/0)")
                add_spend(d, f, r[f"kd_{kind}_pct"], r, opd, how, int(r["tahun_anggaran"]), r["tgl_selesai_paket"], tot,
                          money(r["nilai_umk_pct"]), money(r["nilai_pdn_pct"]), ok, why, (None, None))
        elif prof == "ekatalog_v6_isb":
            for r in recs:
                opd, how = opd_of(r, d.master)
                ok = r["status_pengiriman"] != "DRAFT" and r["status_pkt"] != "CANCELLED"
                why = ("past draft" if ok else
                       "DRAFT package" if r["status_pengiriman"] == "DRAFT" else "CANCELLED package")
                add_spend(d, f, r["kd_paket"], r, opd, how, int(r["tahun_anggaran"]), r["tgl_order"],
                          money(r["total_harga"]), None, None, ok, why, (r["kd_penyedia_sikap"], None))
        elif prof == "ekatalog_v6_inaproc":
            for r in recs:
                opd, how = opd_of(r, d.master)
                ok = r["status"] != "CANCELLED" and r["shipment_status"] != "DRAFT"
                why = "past draft" if ok else ("CANCELLED package" if r["status"] == "CANCELLED" else "DRAFT package")
                add_spend(d, f, r["order_id"], r, opd, how, int(r["fiscal_year"]), r["order_date"],
                          money(r["total"]), None, None, ok, why, (r["kode_penyedia"], None))
        elif prof == "tokodaring":
            for r in recs:
                opd, how = opd_of(r, d.master)
                verified = (r["status_verif"] or "").lower() == "verified"
                gagal = (r["status_konfirmasi_ppmse"] or "").lower() == "gagal"
                ok = verified and not gagal
                why = ("verified, not gagal" if ok else "status_konfirmasi_ppmse gagal" if gagal else
                       f"not verified (status_verif={r['status_verif']})")
                year = int(r["tahun"]) if r.get("tahun") else int(r["tanggal_transaksi"][:4])
                add_spend(d, f, r["order_id"], r, opd, how, year, r["tanggal_transaksi"], money(r["valuasi"]),
                          None, None, ok, why, (r["merchant_name"], None))
                if opd not in d.names:
                    d.names[opd] = r["nama_satker"]
        summary = [s for s in d.spend if s["file"] == f]
        n_counted = sum(1 for s in summary if s["counts"])
        d.files.append((f, prof, len(recs), n_counted))
    return d


# --------------------------------------------------------------------------- figures
def figures(d):
    opds = sorted({s["opd"] for s in d.spend if s["year"] == YEAR} | {r["opd"] for r in d.rup if r["year"] == YEAR}
                  | {k for (k, y) in d.budget if y == YEAR})
    out = []
    for o in opds:
        rows = [s for s in d.spend if s["opd"] == o and s["year"] == YEAR and s["counts"]]
        total = sum((s["amount"] for s in rows), ZERO)
        umk = sum((s["umk"] for s in rows if s["umk"] is not None), ZERO)      # empty directory: undeclared -> 0
        pdn = sum((s["pdn"] for s in rows if s["pdn"] is not None), ZERO)
        bp = d.budget.get((o, YEAR))
        rup = [r for r in d.rup if r["opd"] == o and r["year"] == YEAR]
        swa = [r for r in d.swa if r["opd"] == o and r["year"] == YEAR]
        rup_all = sum((r["pagu"] for r in rup), ZERO)
        rup_ukm = sum((r["pagu"] for r in rup if r["ukm"] == "UKM"), ZERO)
        swa_all = sum((r["pagu"] for r in swa), ZERO)
        out.append({
            "opd_code": o, "opd_name": d.names.get(o), "period": str(YEAR),
            "total_spend": rp(total), "counted_spend_umkk": rp(umk), "share_umkk": str(pct(umk, total)) if total else None,
            "counted_spend_pdn": rp(pdn), "share_pdn": str(pct(pdn, total)) if total else None,
            "belanja_pengadaan": rp(bp), "budget_share_umkk": str(pct(umk, bp)) if bp else None,
            "undeclared_umk_spend": rp(sum((s["amount"] for s in rows if s["umk"] is None), ZERO)),
            "planned_rup_pagu_all": rp(rup_all), "planned_rup_pagu_ukm": rp(rup_ukm),
            "planned_share_of_rup": str(pct(rup_ukm, rup_all)) if rup_all else None,
            "planned_share_of_budget": str(pct(rup_ukm, bp)) if bp and rup_all else None,
            "planned_swakelola_pagu": rp(swa_all),
            "planned_share_of_rup_incl_swakelola": str(pct(rup_ukm, rup_all + swa_all)) if rup_all + swa_all else None,
        })
    return out


def main():
    ok = True
    want_json = "--json" in sys.argv
    want_rows = "--rows" in sys.argv

    # self-check 1: each profile's required set is met by its own fixture header and by no other
    headers = {}
    for f in sorted(set(ISB_FILES) | set(INAPROC_FILES)):
        h, _ = read_csv(os.path.join(HERE, f))
        headers[f] = h
        got = recognise(h)
        if len(got) != 1:
            print(f"FAIL recognition: {f} -> {got}")
            ok = False
    for p, req in PROFILES.items():
        if not any(req <= set(h) for h in headers.values()):
            print(f"FAIL: no fixture satisfies profile {p}")
            ok = False
    for name, (want, hdr) in VARIANTS.items():
        got = recognise(hdr.split(","))
        if got != ([want] if want else []):
            print(f"FAIL recognition of variant {name}: {got}, want {want}")
            ok = False

    # self-check 2: the dialect features land where the fixtures put them
    def cell(f, key_col, key, col):
        h, rows = read_csv(os.path.join(HERE, f))
        for r in rows:
            rec = dict(zip(h, r))
            if rec[key_col] == key:
                return rec[col]
        raise KeyError((f, key))
    probes = [
        (("rup_paket_penyedia_terumumkan.csv", "kd_rup", "70130003", "nama_paket"), 'Belanja Cetak Spanduk "Sukamaju Berbenah"'),
        (("rup_paket_penyedia_terumumkan.csv", "kd_rup", "70130003", "volume_pekerjaan"), "40 Lembar"),
        (("rup_paket_penyedia_terumumkan.csv", "kd_rup", "70130003", "alasan_non_ukm"), None),
        (("spse_nontender_selesai.csv", "kd_nontender", "10154880000", "kd_satker_str"), None),
        (("spse_nontender_selesai.csv", "kd_nontender", "10152410000", "sumber_dana"), "APBD,APBD,APBD"),
        (("spse_pencatatan_nontender.csv", "kd_nontender_pct", "7767599", "kd_rup"), "60832782;45828523"),
        (("tokodaring_realisasi.csv", "order_id", "5534002", "kd_satker"), "089378"),
        (("tokodaring_realisasi.csv", "order_id", "5531044", "order_desc"), 'Label stiker kemasan "Produk Sukamaju", 2.000 lembar'),
    ]
    for args, want in probes:
        got = cell(*args)
        if got != want:
            print(f"FAIL dialect: {args} -> {got!r}, want {want!r}")
            ok = False
    ur = cell("rup_paket_penyedia_terumumkan.csv", "kd_rup", "70130003", "urarian_pekerjaan")
    if "\r\n" not in ur or '"Sukamaju Berbenah"' not in ur or not ur.startswith("<p>"):
        print(f"FAIL dialect: urarian_pekerjaan of 70130003 decoded as {ur!r}")
        ok = False

    isb, ina = load(ISB_FILES), load(INAPROC_FILES)
    fi, fn = figures(isb), figures(ina)
    if fi != fn:
        print("FAIL: ISB-shaped and INAPROC-shaped sets give different figures")
        for a, b in zip(fi, fn):
            if a != b:
                print("  ISB    ", a)
                print("  INAPROC", b)
        ok = False
    # self-check 3: the two summary tables of EXPECTED.md say what the files give
    exp_path = os.path.join(HERE, "EXPECTED.md")
    if os.path.exists(exp_path):
        by_code = {r["opd_code"]: r for r in fi}
        seen = {"summary": 0, "planned": 0}
        dash = lambda v: None if v in ("—", "") else v.split(" ")[0]
        for line in open(exp_path, encoding="utf-8"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not line.startswith("| ") or cells[0] not in by_code:
                continue
            r = by_code[cells[0]]
            if len(cells) == 9:
                want = [r["total_spend"], r["counted_spend_umkk"], r["share_umkk"], r["counted_spend_pdn"], r["share_pdn"],
                        r["belanja_pengadaan"], r["budget_share_umkk"]]
                got = [dash(c) for c in cells[2:]]
                seen["summary"] += 1
            elif len(cells) == 6:
                want = [r["planned_rup_pagu_ukm"], r["planned_rup_pagu_all"], r["planned_share_of_rup"],
                        r["planned_share_of_budget"], r["planned_share_of_rup_incl_swakelola"]]
                got = [dash(c) for c in cells[1:]]
                seen["planned"] += 1
            else:
                continue
            if got != want:
                print(f"FAIL EXPECTED.md row {cells[0]}: says {got}, files give {want}")
                ok = False
        if seen["summary"] != len(fi) or seen["planned"] != sum(1 for r in fi if r["planned_share_of_rup"]):
            print(f"FAIL EXPECTED.md: found {seen} table rows")
            ok = False

    if want_json:
        print(json.dumps(fi, indent=2, ensure_ascii=False))
        return 0 if ok else 1

    print("== files (ISB-shaped set; INAPROC swaps in the two inaproc_* files) ==")
    for f, prof, n, c in isb.files + [x for x in ina.files if x[0].startswith("inaproc_")]:
        print(f"  {f:42s} {prof:22s} {n:3d} records" + (f", {c} counted as spend" if prof not in
              ("rup_master_satker", "rup_struktur_anggaran", "rup_penyedia", "rup_swakelola") else ""))

    print(f"\n== per OPD, fiscal year {YEAR} (empty supplier directory) ==")
    for r in fi:
        print(f"\n{r['opd_code']}  {r['opd_name']}")
        for k in ("total_spend", "counted_spend_umkk", "share_umkk", "counted_spend_pdn", "share_pdn",
                  "belanja_pengadaan", "budget_share_umkk", "undeclared_umk_spend", "planned_rup_pagu_all",
                  "planned_rup_pagu_ukm", "planned_share_of_rup", "planned_share_of_budget", "planned_swakelola_pagu",
                  "planned_share_of_rup_incl_swakelola"):
            print(f"  {k:38s} {r[k]}")

    print(f"\n== spend records that do NOT count for {YEAR} ==")
    for s in isb.spend + [x for x in ina.spend if x["file"].startswith("inaproc_")]:
        if s["year"] != YEAR:
            print(f"  {s['file']:42s} {s['id']:28s} not {YEAR} (fiscal year {s['year']})")
        elif not s["counts"]:
            print(f"  {s['file']:42s} {s['id']:28s} {s['why']}")

    if want_rows:
        print(f"\n== every spend record (ISB set) ==")
        for s in isb.spend:
            print(f"  {s['file']:36s} {s['id']:28s} {s['opd']:24s} ({s['opd_from']}) fy={s['year']} amount={rp(s['amount'])} "
                  f"umk={rp(s['umk'])} pdn={rp(s['pdn'])} counts={s['counts']} [{s['why']}]")

    print("\nself-checks:", "all passed" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
