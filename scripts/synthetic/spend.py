"""spend.csv: the ledger the compliance report measures, ramping up towards December.

Rows identify the seller the three ways real ledgers do (NIB, NPWP only, or a
free-text name of a vendor outside the directory) so the report's supplier
linking is exercised. write() returns each OPD's total so budgets can be set
relative to what was actually spent.
"""

import random

from .contract import Out
from .fiscal import FISCAL_YEAR, year_dates
from .names import VENDOR_FORMS, WORDS
from .products import CATEGORIES
from .suppliers import SCALES
from .weights import SKEW, cum, pick

SPEND_MEDIAN = {"mikro": 3_000_000, "kecil": 8_000_000, "menengah": 25_000_000,
                "koperasi": 10_000_000, "besar": 80_000_000}


def write(out_dir, n, seed, opds, S, N):
    rng = random.Random(f"{seed}/spend")
    rnd, choice, randrange = rng.random, rng.choice, rng.randrange
    opd_cw = cum(o[2] for o in opds)
    opd_total = opd_cw[-1]
    days = year_dates(FISCAL_YEAR)
    # month weights: spending ramps up towards December
    mw = (3, 5, 6, 7, 8, 8, 8, 9, 10, 11, 12, 14)
    day_cw = cum(mw[int(d[5:7]) - 1] for d in days)
    day_total = day_cw[-1]
    ns = len(S["nib"])
    with_npwp = S["with_npwp"]
    nn = len(N["id"])
    totals = [0] * len(opds)
    nskew = len(SKEW)
    out = Out(out_dir, "spend")
    w = out.w.writerow
    for i in range(n):
        date = days[pick(day_cw, rnd() * day_total)]
        nib = npwp = name = need_id = cat = tkdn = bmp = ""
        need = -1
        if nn and rnd() < 0.15:
            need = randrange(nn)
            oi = N["opd"][need]
            need_id = N["id"][need]
        else:
            oi = pick(opd_cw, rnd() * opd_total)
        r = rnd()
        if r < 0.85 and ns:
            si = with_npwp[randrange(len(with_npwp))] if (r >= 0.80 and len(with_npwp)) else randrange(ns)
            if r < 0.80:
                nib = S["nib"][si]
                if rnd() < 0.7:
                    name = S["name"][si]
            else:
                npwp = S["npwp"][si] or ""
                if not npwp:  # no supplier has an NPWP: fall back to NIB
                    nib = S["nib"][si]
                name = S["name"][si]
            median = SPEND_MEDIAN[SCALES[S["scale"][si]]]
            cat = CATEGORIES[S["cat"][si]] if rnd() < 0.8 else ""
            y = rnd()
            tkdn = "" if y < 0.4 else str(randrange(25, 101)) if y < 0.9 else str(randrange(0, 25))
        else:
            name = choice(VENDOR_FORMS).format(a=choice(WORDS), b=choice(WORDS))
            median = 40_000_000
            cat = choice(CATEGORIES) if rnd() < 0.7 else ""
            y = rnd()
            tkdn = "" if y < 0.6 else str(randrange(0, 61))
        if need >= 0:
            amount = int(N["budget"][need] * (0.6 + 0.38 * rnd()))
            cat = CATEGORIES[N["cat"][need]]
        else:
            amount = int(median * SKEW[randrange(nskew)] * (0.85 + 0.3 * rnd()))
        a = rnd()
        if a < 0.6:
            amount = amount // 1000 * 1000
        elif a < 0.9:
            amount = amount // 100 * 100
        amount = max(amount, 10_000 if need < 0 else 1)
        if rnd() < 0.3:
            bmp = str(randrange(0, 16))
        totals[oi] += amount
        w((f"TRX-{FISCAL_YEAR}-{i + 1:07d}", opds[oi][0], date, amount, nib, npwp, name,
           need_id, cat, tkdn, bmp))
    out.close()
    return totals
