#!/usr/bin/env bash
# Benchmark `sentra import lkpp` against `sentra import spend` on the same records.
#
# usage: scripts/bench-lkpp.sh SENTRA_BINARY [ROWS]      (ROWS default 1000000)
#
# Writes (python, deterministic) an SPSE-non-tender-selesai-shaped CSV of ROWS records in the
# exporter's dialect (37 ISB columns, quoted text, `null`s, decimal money, one `\"` record in
# every 1,000) and a contract-shaped spend CSV holding the same records (tx_id, opd_code, date,
# amount, supplier_npwp, supplier_name, need_id). Each is imported into a fresh database and
# timed with GNU `/usr/bin/time -v` (wall seconds, peak RSS). Issue 14's bar: lkpp within 1.5x
# of spend. Prints a Markdown table on stdout; temporary files are removed on exit.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 SENTRA_BINARY [ROWS]" >&2; exit 64; }
SENTRA=$1
ROWS=${2:-1000000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK" "$ROWS" <<'PY'
import sys
work, rows = sys.argv[1], int(sys.argv[2])
header = ("tahun_anggaran,lpse_id,kd_klpd,nama_klpd,jenis_klpd,kd_satker,kd_satker_str,nama_satker,kd_lpse,"
          "nama_lpse,kd_nontender,kd_pkt_dce,kd_rup,nama_paket,pagu,hps,nilai_penawaran,nilai_terkoreksi,"
          "nilai_negosiasi,nilai_kontrak,nilai_pdn_kontrak,nilai_umk_kontrak,sumber_dana,mak,kualifikasi_paket,"
          "jenis_pengadaan,mtd_pemilihan,kontrak_pembayaran,status_nontender,tgl_pengumuman_nontender,"
          "tgl_selesai_nontender,kd_penyedia,nama_penyedia,npwp_penyedia,npwp16_penyedia,url_lpse,tgl_penarikan")
opds = [f"{i}.01.0.00.0.00.{i:02d}.0000" for i in range(1, 41)]
with open(f"{work}/lkpp.csv", "w") as lkpp, open(f"{work}/spend.csv", "w") as spend:
    lkpp.write(header + "\n")
    spend.write("tx_id,opd_code,date,amount,supplier_npwp,supplier_name,need_id\n")
    for i in range(rows):
        opd = opds[i % len(opds)]
        sen = 1_000_000_00 + (i * 7919) % 50_000_000_00
        amount = f"{sen // 100}.{sen % 100:02d}" if i % 3 else str(sen // 100)
        npwp = f"{(i * 104729) % 10**16:016d}"
        month, day = 1 + i % 12, 1 + i % 28
        name = f'"Belanja Cetak Spanduk \\"Paket {i}\\""' if i % 1000 == 0 else f"Belanja Barang {i}"
        supplier = f"CV. PENYEDIA {i % 5000}"
        umk = "null" if i % 7 == 0 else amount
        lkpp.write(f'2025,599,D999,Kab. Sukamaju,KABUPATEN,"{300000 + i % 40}",{opd},DINAS {i % 40},599,LPSE,'
                   f'{10000000000 + i},{20000000000 + i},{70000000 + i},{name},{sen // 100 + 1000},{sen // 100 + 500},'
                   f'{amount},{amount},{amount},{amount},{amount},{umk},APBD,1.01.01.2.01,Kecil,Pengadaan Barang,'
                   f'Pengadaan Langsung,Lumsum,Selesai,2025-{month:02d}-{day:02d} 09:00:00,'
                   f'2025-{month:02d}-{day:02d} 16:00:00,{i % 5000},{supplier},null,{npwp},'
                   f'https://lpse.example/eproc4,2025-10-03\n')
        spend.write(f"spse-nontender:{10000000000 + i},{opd},2025-{month:02d}-{day:02d},{amount},{npwp},"
                    f"{supplier},{70000000 + i}\n")
PY

measure() {  # label, args...
    local label=$1; shift
    local db="$WORK/$label.db"
    rm -f "$db" "$db-wal" "$db-shm"
    /usr/bin/time -v "$SENTRA" --db "$db" "$@" 2>"$WORK/$label.time" >/dev/null || {
        cat "$WORK/$label.time" >&2; exit 1; }
    local wall rss
    wall=$(grep "Elapsed (wall clock)" "$WORK/$label.time" | awk '{print $NF}' \
        | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(grep "Maximum resident set size" "$WORK/$label.time" | awk '{print int($NF / 1024)}')
    echo "| \`sentra $label\` | $ROWS | $wall | $rss |"
}
wc -l "$WORK/lkpp.csv" "$WORK/spend.csv" >&2
echo "| command | records | wall s | peak RSS MB |"
echo "|---|---:|---:|---:|"
measure "import spend" import spend "$WORK/spend.csv"
measure "import lkpp" import lkpp "$WORK/lkpp.csv"
