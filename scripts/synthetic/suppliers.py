"""suppliers.csv: the IKM directory, and the compact per-supplier state others need.

Catalog rows and spend rows refer back to suppliers (NIB, NPWP, name, main
product, scale, region), so write() returns that state in arrays of one entry
per supplier instead of keeping every row: at L that is 100,000 suppliers, not
1,000,000 catalog rows. NIBs and NPWPs are made unique by an affine map of the
row index rather than by drawing and rejecting duplicates.
"""

import array
import random

from .certificates import cert_halal, cert_pirt, cert_sni, cert_tkdn
from .contract import Out
from .fiscal import year_dates
from .names import BIZ_NOUN, OWNERS, WORDS, slug
from .products import CAT_WEIGHTS, CATEGORIES, FOOD, SPECIALTY, T
from .regions import region_weight, short_region
from .weights import cum, pick

SCALES = ("mikro", "kecil", "menengah", "koperasi", "besar")
MOBILE = ("811", "812", "813", "821", "822", "852", "853", "856", "857", "858", "877", "878",
          "895", "896", "897", "898", "819", "859", "831", "838")


def write(out_dir, n, seed, regions):
    rng = random.Random(f"{seed}/suppliers")
    rnd, choice, randrange = rng.random, rng.choice, rng.randrange
    reg_cw = cum(region_weight(c) for c, _ in regions)
    reg_total = reg_cw[-1]
    cat_cw = cum(CAT_WEIGHTS[c] for c in CATEGORIES)
    tmpl_by_code = {t[0]: (cat, t) for cat in CATEGORIES for t in T[cat]}
    verified_days = year_dates(2023) + year_dates(2024) + year_dates(2025) + year_dates(2026, end=(6, 30))
    nib_prefix = ("9120", "9120", "9120", "8120", "8120", "1262", "2208", "0220")

    # compact per-supplier state for catalog/spend
    S = {
        "nib": [None] * n, "npwp": [None] * n, "name": [None] * n,
        "cat": bytearray(n), "tmpl": array.array("H", bytes(2 * n)),
        "region": array.array("H", bytes(2 * n)), "scale": bytearray(n),
        "with_npwp": array.array("I"),
    }
    tmpl_index = {}
    for cat in CATEGORIES:
        for t in T[cat]:
            tmpl_index[t[0]] = len(tmpl_index)
    S["tmpl_list"] = [t for cat in CATEGORIES for t in T[cat]]

    out = Out(out_dir, "suppliers")
    w = out.w.writerow
    for i in range(n):
        ri = pick(reg_cw, rnd() * reg_total)
        code, rname = regions[ri]
        rshort = short_region(rname)
        spec = SPECIALTY.get(code)
        if spec and rnd() < 0.35:
            cat, t = tmpl_by_code[choice(spec)]
        else:
            cat = CATEGORIES[pick(cat_cw, rnd() * cat_cw[-1])]
            t = choice(T[cat])
        s = rnd() * 100
        scale = SCALES[0] if s < 55 else SCALES[1] if s < 80 else SCALES[2] if s < 88 else SCALES[3] if s < 95 else SCALES[4]

        stem = t[1]
        noun = choice(BIZ_NOUN[cat])
        form = rnd()
        if scale == "koperasi":
            name = f"Koperasi {choice(('Produsen', 'Serba Usaha', 'Wanita', 'Pengrajin', 'Produsen'))} {stem} {choice(WORDS)}"
        elif scale == "besar":
            name = f"PT {choice(WORDS)} {choice(WORDS)} {choice(('Indonesia', 'Nusantara', 'Abadi', 'Perkasa'))}"
        elif scale == "menengah":
            name = f"{'CV' if form < 0.6 else 'PT'} {noun} {choice(WORDS)} {choice(WORDS)}"
        elif scale == "kecil":
            name = (f"UD {stem} {choice(WORDS)}" if form < 0.4 else
                    f"CV {noun} {choice(WORDS)}" if form < 0.75 else
                    f"{noun} {choice(WORDS)} {rshort}")
        else:
            name = (f"{stem} {choice(OWNERS)}" if form < 0.35 else
                    f"{noun} {choice(OWNERS)}" if form < 0.6 else
                    f"UD {stem} {choice(OWNERS)}" if form < 0.72 else
                    f"KUB {noun} {choice(WORDS)}" if form < 0.82 else
                    f"{stem} Khas {rshort}" if form < 0.92 else
                    f"Rumah {stem} {choice(WORDS)}")

        suffix = (i * 738_219_667 + 104_729_001) % 1_000_000_000
        nib = f"{choice(nib_prefix)}{suffix:09d}"
        if rnd() < 0.9:
            body = (i * 396_040_303 + 27_182_818) % 1_000_000_000
            pre = choice(("01", "02", "03", "21", "31", "41", "53", "66", "71", "72", "80", "82", "84", "86", "90", "93", "96"))
            chk = sum(int(c) for c in str(body)) % 10
            npwp = f"{pre}{body:09d}{chk}000"
            S["with_npwp"].append(i)
        else:
            npwp = ""

        sentra = f"Sentra {stem} {rshort}" if rnd() < 0.4 else ""
        prov, reg4 = code[:2], code[:2] + code[3:]
        certs = []
        if cat in FOOD:
            if rnd() < 0.45:
                certs.append(cert_halal(rng, prov))
            if scale in ("mikro", "kecil", "koperasi") and cat != "jasa-boga" and rnd() < 0.4:
                certs.append(cert_pirt(rng, reg4))
        elif cat == "kosmetik" and rnd() < 0.3:
            certs.append(cert_halal(rng, prov))
        if cat in ("logam", "furnitur", "fesyen") and rnd() < 0.08:
            certs.append(cert_sni(rng))
        if rnd() < 0.06:
            certs.append(cert_tkdn(rng))
        active = "tidak" if rnd() < 0.05 else "ya"
        verified = verified_days[randrange(len(verified_days))] if rnd() < 0.9 else ""
        p = rnd()
        phone = (f"08{choice(MOBILE)[1:]}{randrange(10**7, 10**8)}" if p < 0.7 else
                 f"+62 8{choice(MOBILE)[:2]} {randrange(1000, 10000)} {randrange(1000, 10000)}" if p < 0.8 else
                 f"(0{choice(('254', '253', '252', '21', '721', '725'))}) {randrange(100000, 1000000)}" if p < 0.88 else "")
        e = rnd()
        sl = slug(name)[:24]
        email = (f"{sl}{randrange(10, 100)}@gmail.com" if e < 0.55 else
                 f"{sl}@yahoo.co.id" if e < 0.65 else
                 f"info@{sl}.co.id" if e < 0.75 else "")

        w((nib, name, scale, code, sentra, ";".join(certs), active, verified, npwp, phone, email))
        S["nib"][i] = nib
        S["npwp"][i] = npwp
        S["name"][i] = name
        S["cat"][i] = CATEGORIES.index(cat)
        S["tmpl"][i] = tmpl_index[t[0]]
        S["region"][i] = ri
        S["scale"][i] = SCALES.index(scale)
    out.close()
    return S
