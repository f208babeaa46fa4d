"""Weighted choice without floating-point functions from libm.

Picks go through cumulative integer or decimal weights and bisect, and skewed
sizes through a fixed table, because exp/log/sqrt may differ in the last bit
between platforms and would make the generated files differ with them.
"""

from bisect import bisect_right

# Skewed multipliers (roughly log-normal); literal decimals keep output
# independent of libm.
SKEW = (0.12, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1.0, 1.0, 1.1, 1.2, 1.3,
        1.5, 1.7, 2.0, 2.4, 3.0, 4.0, 5.5, 8.0, 12.0)


def cum(weights):
    out, t = [], 0
    for w in weights:
        t += w
        out.append(t)
    return out


def pick(cw, x):
    """Index picked by x in [0, cw[-1]) from cumulative weights cw."""
    i = bisect_right(cw, x)
    return i if i < len(cw) else len(cw) - 1
