"""Integer helpers of the decimal module: powers of ten, digit counts and the digits
of a coefficient (without str() of ints longer than 4,300 digits, which Python
refuses), and rounding a coefficient in each of the eight rounding modes."""

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


_POW10 = [10 ** i for i in range(64)]
_POW10_BIG = {}  # larger powers met so far (precisions stay the same in a program)


def _pow10(n):
    if n < 64:
        return _POW10[n]
    p = _POW10_BIG.get(n)
    if p is None:
        p = 10 ** n
        if n <= 5000:  # keep only the powers precisions use, not huge one-offs
            if len(_POW10_BIG) > 1000:
                _POW10_BIG.clear()
            _POW10_BIG[n] = p
    return p


def _ndigits(n):
    """The number of decimal digits of the int n >= 0 (1 for 0), without str() (which
    refuses ints of more than 4300 digits)."""
    if n < 10 ** 18:
        return len(str(n))
    estimate = (n.bit_length() * 30103) // 100000
    while _pow10(estimate) <= n:
        estimate += 1
    while estimate > 1 and _pow10(estimate - 1) > n:
        estimate -= 1
    return estimate


def _digits_of(n):
    """The decimal digits of the int n >= 0 as a str, in pieces when it is long."""
    if n < 10 ** 4000:
        return str(n)
    half = _ndigits(n) // 2
    high, low = divmod(n, _pow10(half))
    low_text = _digits_of(low)
    return _digits_of(high) + '0' * (half - len(low_text)) + low_text


def _int_of(text):
    """The int written by a str of ASCII digits, in pieces when it is long."""
    if len(text) < 4000:
        return int(text)
    half = len(text) // 2
    return _int_of(text[:half]) * _pow10(len(text) - half) + _int_of(text[half:])


def _strip_zeros(coef, exp, ideal):
    """Drops trailing zeros of coef while the exponent stays at most ideal (in
    chunks of 2**k digits, so that a long coefficient is not divided digit by digit)."""
    room = ideal - exp
    if not coef or room <= 0 or coef % 10:
        return coef, exp
    step = 1
    while step * 2 <= room and coef % _pow10(step * 2) == 0:
        step *= 2
    while step:
        if step <= room:
            q, r = divmod(coef, _pow10(step))
            if not r:
                coef, exp, room = q, exp + step, room - step
        step //= 2
    return coef, exp


def _round_coef(sign, coef, drop, rounding):
    """Drops the last `drop` (> 0) digits of coef with the rounding mode.
    Returns (new coefficient, whether a non-zero digit was dropped)."""
    if drop > _ndigits(coef) + 1:
        q, r, half_cmp = 0, (1 if coef else 0), -1
    else:
        div = _pow10(drop)
        q, r = divmod(coef, div)
        half_cmp = (2 * r > div) - (2 * r < div)
    if not r:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        up = half_cmp > 0 or (half_cmp == 0 and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = half_cmp >= 0
    elif rounding == ROUND_HALF_DOWN:
        up = half_cmp > 0
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        up = q % 5 == 0
    return q + 1 if up else q, True
