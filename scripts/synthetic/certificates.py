"""Certificate cells in the shapes real registries issue them (type:number).

Suppliers and catalog items draw from the same formats so a need's required
certificate type can be met by either; numbers embed the province or regency
code as halal and P-IRT numbers do, which keeps them plausible for a reader.
"""


def cert_halal(rng, prov):
    return f"halal:ID{prov}110000{rng.randrange(10**9):09d}"


def cert_pirt(rng, region4):
    return f"pirt:{rng.randrange(1, 6)}{rng.randrange(1, 17):02d}{region4}{rng.randrange(1, 30):02d}{rng.randrange(10**4):04d}"


def cert_bpom(rng, cat):
    if cat == "kosmetik":
        return f"bpom:NA{rng.choice((18, 11))}{rng.randrange(19, 26):02d}{rng.randrange(10**7):07d}"
    if cat == "herbal":
        return f"bpom:TR{rng.randrange(10**9):09d}"
    return f"bpom:MD{rng.randrange(10**12):012d}"


def cert_sni(rng):
    return f"sni:SPPT-SNI-{rng.choice(('0228', '7176', '8229', '3551', '1084', '0216'))}-{rng.randrange(10**5):05d}"


def cert_tkdn(rng):
    return f"tkdn:TKDN-IKM-{rng.randrange(2022, 2026)}-{rng.randrange(10**6):06d}"
