# Numbers and formats far out of range: each must end in the exception CPython raises.
tests = [
    lambda: format(1, '99999999999999999999'),
    lambda: format(1.5, '.99999999999999999999f'),
    lambda: '{:99999999999999999999}'.format(1),
    lambda: '%.99999999999999999999f' % 1.5,
    lambda: len(format(1, '300000000')),
    lambda: format(10**400, ','),
    lambda: len(str(10**5000)),
    lambda: float('1e99999'),
    lambda: int('9' * 5000),
    lambda: round(1.5, 10**9),
    lambda: (1).to_bytes(10**10, 'big'),
    lambda: 'a'.center(10**10),
    lambda: [1, 2] * (2**62),
    lambda: range(10**30)[10**29],
    lambda: len(range(10**30)),
    lambda: 2 ** -10**9,
    lambda: 1 << 10**12,
    lambda: divmod(10**500, 0),
    lambda: '%c' % 0x110000,
    lambda: chr(-1),
    lambda: 'x'.zfill(10**10),
    lambda: b'x' * 2**63,
    lambda: bytearray(10**12),
    lambda: float(10**400),
    lambda: 1e308 * 10,
    lambda: int(float('inf')),
    lambda: hash(float('nan')) == hash(float('nan')),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r)[:60])
    except Exception as e:
        print(i, type(e).__name__, str(e)[:80])
