"""needs.csv: what OPDs plan to buy, with budgets some of which can never match.

About 70% of budgets sit above the typical price of what is asked for and the
rest below the cheapest possible catalog price of the category, so the share
of needs that can match on price is known in advance (see the generator's
docstring). write() returns each need's OPD, category, budget and id because
some spend rows pay against a need.
"""

import array
import random

from .contract import Out
from .fiscal import FISCAL_YEAR, year_dates
from .opds import OTHER_CATS, PROGRAM_CATS, PROGRAM_MEDIAN, PURPOSE
from .products import CATEGORIES, FOOD, PRICE_LO, T, ceil_to, price_step
from .weights import SKEW, cum, pick


def nice_qty(q):
    if q >= 1000:
        return (q + 50) // 100 * 100
    if q >= 100:
        return (q + 5) // 10 * 10
    if q >= 20:
        return (q + 2) // 5 * 5
    return max(1, q)


def write(out_dir, n, seed, regions, opds):
    rng = random.Random(f"{seed}/needs")
    rnd, choice, randrange = rng.random, rng.choice, rng.randrange
    # provincial Bapenda (Samsat) buys a lot of taxpayer rewards: weight it up
    opd_cw = cum(o[2] * (8 if (o[5] == "BAPENDA" and o[6][1] == "prov") else 1) for o in opds)
    codes = [c for c, _ in regions]
    prov_regions = {}
    for c in codes:
        prov_regions.setdefault(c[:2], []).append(c)
    cat_min = {c: min(ceil_to(t[3] * PRICE_LO, price_step(t[3])) for t in T[c]) for c in CATEGORIES}
    days = year_dates(FISCAL_YEAR, start=(2, 1), end=(12, 20))
    prog_cw = {p: (list(d), cum(d.values())) for p, d in PROGRAM_CATS.items()}
    other_cw = {a: (list(d), cum(d.values())) for a, d in OTHER_CATS.items()}

    N = {"opd": array.array("H", bytes(2 * n)), "cat": bytearray(n),
         "budget": array.array("q", bytes(8 * n)), "id": [None] * n}
    out = Out(out_dir, "needs")
    w = out.w.writerow
    for i in range(n):
        oi = pick(opd_cw, rnd() * opd_cw[-1])
        ocode, oname, _, pcw, pnames, abbr, (pre, level, home), tname = opds[oi]
        program = pnames[pick(pcw, rnd() * pcw[-1])]
        cats, ccw = other_cw[abbr] if (program == "other" and abbr in other_cw) else prog_cw[program]
        cat = cats[pick(ccw, rnd() * ccw[-1])]
        t = choice(T[cat])
        tcode, stem, unit, base = t[0], t[1], t[2], t[3]
        v = choice(t[8])
        item = (f"{stem} {v}" if v and rnd() < 0.5 else stem).lower()
        item = item[0].upper() + item[1:]
        target = PROGRAM_MEDIAN[program] * SKEW[randrange(len(SKEW))] * (0.9 + 0.2 * rnd())
        q = nice_qty(max(1, int(target / base)))
        purpose = choice(PURPOSE[program])
        if program == "catering":
            unitword = "orang" if unit in ("box", "porsi") else unit
            desc = f"{item} {purpose} {q} {unitword}"
        elif program == "gift":
            desc = f"{item} cenderamata untuk {purpose}"
        elif program == "samsat-reward":
            desc = f"{item} reward wajib pajak taat Samsat {purpose}"
        elif program == "uniform":
            desc = f"{item} seragam {purpose} {tname}"
        else:
            desc = f"Pengadaan {item[0].lower() + item[1:]} untuk {purpose}"
        if rnd() < 0.7:
            budget = ceil_to(q * base * (1.15 + 0.75 * rnd()), 1000)
        else:
            limit = q * cat_min[cat]
            budget = int(limit * (0.55 + 0.4 * rnd())) // 100 * 100
            if budget <= 0 or budget >= limit:
                budget = limit - 1
        if level == "prov":
            region = choice(prov_regions.get(pre[:2], [home])) if program == "samsat-reward" else home
        else:
            region = home
        needed_by = "" if rnd() < 0.25 else days[randrange(len(days))]
        rc = ""
        if cat in FOOD:
            r = rnd()
            rc = "halal" if r < 0.6 else ("halal;pirt" if r < 0.7 and cat != "jasa-boga" else "")
        elif cat == "kosmetik" and rnd() < 0.3:
            rc = "bpom"
        elif cat in ("logam", "furnitur", "fesyen") and rnd() < 0.05:
            rc = "tkdn"
        need_id = str(40_000_000 + i) if rnd() < 0.6 else f"{ocode}-{FISCAL_YEAR}-{i + 1:06d}"
        w((need_id, ocode, oname, FISCAL_YEAR, program, cat, desc, q, unit, budget, region,
           needed_by, rc))
        N["opd"][i] = oi
        N["cat"][i] = CATEGORIES.index(cat)
        N["budget"][i] = budget
        N["id"][i] = need_id
    out.close()
    return N
