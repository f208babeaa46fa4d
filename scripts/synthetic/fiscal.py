"""The fiscal year every generated row belongs to, and its days as text.

Rows need dates only as text, and the day lists double as the sets the
generators index with random numbers, so their order and length are part of
the output: a plain month-length table keeps both obvious.
"""

FISCAL_YEAR = 2026


def year_dates(year, start=(1, 1), end=(12, 31)):
    mdays = (31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    out = []
    for m in range(1, 13):
        for d in range(1, mdays[m - 1] + 1):
            if start <= (m, d) <= end:
                out.append(f"{year:04d}-{m:02d}-{d:02d}")
    return out
