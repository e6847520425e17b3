"""format() for the decimal module, as CPython's C module (libmpdec's mpd_qformat)
parses specs and lays numbers out."""

from _decimal_digits import _digits_of, _ndigits, _pow10, _round_coef


def _parse_spec(spec):
    """The parts of a format spec [[fill]align][sign][0][width][,][.prec][type] as
    the C module accepts them (no '#', no '_'). Like it, a 'z' (no negative zero) is
    taken out first where it may stand: after the fill and alignment and the sign if
    any (so 'z+' is read as '+' with 'z')."""
    if len(spec) >= 2 and spec[1] in '<>=^':
        at = 2
    else:
        at = 1 if spec[:1] in ('<', '>', '=', '^') else 0
    if spec[at:at + 1] in ('+', '-', ' '):
        at += 1
    no_neg_zero = spec[at:at + 1] == 'z'
    if no_neg_zero:
        spec = spec[:at] + spec[at + 1:]
    i, n = 0, len(spec)
    fill, align = None, None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if zero and i > start and spec[start] == '0':
        raise ValueError('invalid format string')
    width = int(spec[start:i]) if i > start else 0
    comma = False
    if i < n and spec[i] == ',':
        comma = True
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        start = i + 1
        i = start
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        precision = int(spec[start:i])
    kind = None
    if i < n and spec[i] in 'eEfFgGn%':
        kind = spec[i]
        i += 1
    if (i != n or (zero and (fill is not None or align is not None))
            or (comma and kind == 'n') or width >= 2 ** 63
            or (precision is not None and precision >= 2 ** 63)):
        raise ValueError('invalid format string')
    if zero:
        fill, align = '0', '='
    return (fill if fill is not None else ' ', align or '>', sign, no_neg_zero, width,
            comma, precision, kind, zero)


def format_decimal(spec, sign, coef, exp, special, capitals, rounding):
    """format(Decimal, spec) for the Decimal sign * coef * 10**exp, or for a special
    value whose unsigned text is `special`; capitals and rounding are the current
    context's."""
    if not isinstance(spec, str):
        raise TypeError('format spec must be a string')
    fill, align, sign_opt, no_neg_zero, width, comma, precision, kind, zero = _parse_spec(spec)
    if special is not None:
        body = special + '%' if kind == '%' else special
        if zero:
            fill, align = ' ', '>'
        return _align(_sign_text(sign, sign_opt), body, fill, align, width)
    nonzero = coef != 0
    if kind is None:
        kind = 'G' if capitals else 'g'
    elif kind == 'n':
        kind = 'g'
    if kind == '%':
        exp += 2
    if precision is not None:
        if kind in 'eE':
            coef, exp = _round_digits(sign, coef, exp, precision + 1, rounding)
            if coef and _ndigits(coef) < precision + 1:
                pad = precision + 1 - _ndigits(coef)
                coef, exp = coef * _pow10(pad), exp - pad
        elif kind in 'fF%':
            if exp < -precision:
                coef, _ = _round_coef(sign, coef, -precision - exp, rounding)
                exp = -precision
            elif exp > -precision:
                pass  # more digits are added below
        else:
            coef, exp = _round_digits(sign, coef, exp, max(precision, 1), rounding)
    if not coef and exp > 0 and kind in 'fF%':
        exp = 0
    if no_neg_zero and not coef and (not nonzero or kind in ('f', '%')):
        # As the C module: only 'f' and '%' look at the rounded value ('F' keeps
        # the sign of a non-zero number that rounds to zero).
        sign = 0
    digits = _digits_of(coef)
    left = exp + len(digits)
    if kind in 'eE':
        dot = 1 - precision if (not coef and precision is not None) else 1
    elif kind in 'fF%':
        dot = left
    else:
        dot = left if (exp <= 0 and left > -6) else 1
    if dot <= 0:
        intpart, frac = '0', '0' * -dot + digits
    elif dot >= len(digits):
        intpart, frac = digits + '0' * (dot - len(digits)), ''
    else:
        intpart, frac = digits[:dot], digits[dot:]
    if kind in 'fF%' and precision is not None and len(frac) < precision:
        frac += '0' * (precision - len(frac))
    tail = '.' + frac if frac else ''
    shown_exp = left - dot
    if shown_exp != 0 or kind in 'eE':
        tail += ('E' if kind in 'EG' else 'e') + '%+d' % shown_exp
    if kind == '%':
        tail += '%'
    sign_text = _sign_text(sign, sign_opt)
    if zero:
        min_width = width - len(tail) - len(sign_text)
        intpart = _group(intpart, comma, min_width)
        return _align(sign_text, intpart + tail, ' ', '>', width)
    intpart = _group(intpart, comma, 0)
    return _align(sign_text, intpart + tail, fill, align, width)


def _round_digits(sign, coef, exp, keep, rounding):
    """coef * 10**exp rounded to at most `keep` significant digits."""
    nd = _ndigits(coef)
    if not coef or nd <= keep:
        return coef, exp
    coef, _ = _round_coef(sign, coef, nd - keep, rounding)
    exp += nd - keep
    if _ndigits(coef) > keep:
        coef //= 10
        exp += 1
    return coef, exp


def _sign_text(sign, option):
    if sign:
        return '-'
    return '' if option == '-' else option


def _group(intpart, comma, min_width):
    """The integer digits with ',' every three digits and zeros in front up to
    min_width characters (the zeros grouped too)."""
    if not comma:
        return intpart.rjust(min_width, '0') if min_width > 0 else intpart
    groups = []
    digits = intpart
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-size:].rjust(size, '0') if digits else '0' * size)
        digits = digits[:-size] if len(digits) > size else ''
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= 1
    return ','.join(reversed(groups))


def _align(sign, body, fill, align, width):
    padding = width - len(sign) - len(body)
    if padding <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * padding
    if align == '=':
        return sign + fill * padding + body
    if align == '^':
        half = padding // 2
        return fill * half + sign + body + fill * (padding - half)
    return fill * padding + sign + body
