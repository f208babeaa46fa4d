"""catalog.csv: each supplier's products, skewed so a few suppliers list many.

Half of a supplier's items are its main product, most of the rest its main
category, a few a related one, which gives the matcher realistic overlap
between suppliers. Capacity scales with the supplier's size so large firms can
fill the large needs the others cannot.
"""

import random

from .certificates import cert_bpom, cert_halal, cert_pirt, cert_sni, cert_tkdn
from .contract import Out
from .products import CATEGORIES, FOOD, PRICE_HI, PRICE_LO, RELATED, T, ceil_to, price_step
from .regions import short_region
from .suppliers import SCALES
from .weights import SKEW

SCALE_CAP = {"mikro": 0.6, "kecil": 1.0, "menengah": 2.5, "koperasi": 1.5, "besar": 5.0}


def write(out_dir, n, seed, regions, S):
    rng = random.Random(f"{seed}/catalog")
    rnd, choice, randrange = rng.random, rng.choice, rng.randrange
    ns = len(S["nib"])
    out = Out(out_dir, "catalog")
    w = out.w.writerow
    tmpl_list = S["tmpl_list"]
    quality = ("Produk UMKM lokal", "Bahan baku lokal", "Dibuat oleh pengrajin setempat",
               "Bisa pesan partai besar", "Melayani pesanan instansi", "Kualitas ekspor",
               "Harga grosir untuk pemesanan di atas 100", "Garansi kualitas",
               "Bisa custom sesuai permintaan", "Produk binaan Dinas Koperasi dan UKM")
    remaining = n
    for i in range(ns):
        left = ns - i
        if left == 1:
            count = remaining
        else:
            # skewed share of what is left; every supplier gets >= 1 product
            # while there are at least as many rows as suppliers left
            count = int(remaining / left * SKEW[randrange(len(SKEW))] + 0.5)
            if remaining >= left:
                count = max(1, min(count, remaining - (left - 1)))
            else:
                count = min(count, remaining)
        remaining -= count
        if count == 0:
            continue
        nib = S["nib"][i]
        main_cat = CATEGORIES[S["cat"][i]]
        spec = tmpl_list[S["tmpl"][i]]
        scale = SCALES[S["scale"][i]]
        capf = SCALE_CAP[scale]
        code, rname = regions[S["region"][i]]
        rshort = short_region(rname)
        prov, reg4 = code[:2], code[:2] + code[3:]
        for k in range(count):
            r = rnd()
            if r < 0.5:
                cat, t = main_cat, spec
            elif r < 0.87:
                cat = main_cat
                t = choice(T[cat])
            else:
                cat = choice(RELATED[main_cat])
                t = choice(T[cat])
            tcode, stem, unit, base, cap_lo, cap_hi, lead_lo, lead_hi, variants, kws = t
            v = choice(variants)
            name = f"{stem} {v}" if v else stem
            x = rnd()
            if x < 0.08:
                name = f"{name} Khas {rshort}"
            elif x < 0.12:
                name = f"{name} Isi {choice((5, 10, 12, 20, 25))}"
            sku = f"{tcode}-{k + 1:04d}"
            price = ceil_to(base * (PRICE_LO + (PRICE_HI - PRICE_LO) * rnd()), price_step(base))
            cap = "" if rnd() < 0.15 else str(max(1, int((cap_lo + (cap_hi - cap_lo) * rnd()) * capf)))
            lead = "" if rnd() < 0.1 else str(randrange(lead_lo, lead_hi + 1))
            y = rnd()
            tkdn = "" if y < 0.2 else str(randrange(5, 25)) if y < 0.28 else str(randrange(25, 101))
            bmp = "" if rnd() < 0.4 else str(randrange(0, 16))
            certs = []
            if cat in FOOD:
                if rnd() < 0.55:
                    certs.append(cert_halal(rng, prov))
                if cat != "jasa-boga" and scale != "besar" and rnd() < 0.35:
                    certs.append(cert_pirt(rng, reg4))
                if (cat == "herbal" and rnd() < 0.3) or (scale in ("menengah", "besar") and rnd() < 0.3):
                    certs.append(cert_bpom(rng, cat))
            elif cat == "kosmetik":
                if rnd() < 0.6:
                    certs.append(cert_bpom(rng, cat))
                if rnd() < 0.3:
                    certs.append(cert_halal(rng, prov))
            elif cat in ("logam", "furnitur", "fesyen", "percetakan"):
                if cat != "percetakan" and rnd() < 0.12:
                    certs.append(cert_sni(rng))
                if rnd() < 0.15:
                    certs.append(cert_tkdn(rng))
            d = rnd()
            if d < 0.45:
                desc = f"{name}, {choice(kws)}, {choice(kws)}. {choice(quality)}."
            elif d < 0.75:
                desc = f"{choice(kws).capitalize()} {choice(kws)} dari {rshort}. {choice(quality)}"
            elif d < 0.82:
                desc = f'{stem} kemasan "{choice(("standing pouch", "premium", "eksklusif", "hampers"))}", {choice(kws)}'
            elif d < 0.92:
                desc = f"{choice(kws)} {choice(kws)} {choice(kws)}"
            else:
                desc = ""
            w((nib, sku, name, cat, unit, price, cap, lead, tkdn, bmp, ";".join(certs), desc))
    out.close()
