"""Fraction: exact rational numbers, as CPython's fractions module (3.11): built from
ints, floats, Decimals, strings ("3/4", "-1.25e2") and other rationals, always kept in
lowest terms, mixing with int (exact result) and float (float result), hashing equal
to equal ints and floats."""

import math
import numbers
import operator
import sys

__all__ = ["Fraction"]

# CPython's numeric hash works modulo this prime; a value whose denominator is a
# multiple of it hashes like infinity.
_HASH_PRIME = (1 << 61) - 1
_HASH_OF_INF = 314159


def _is_decimal(x):
    """Whether x is a decimal.Decimal, without importing decimal (if it has not been
    loaded, nothing is a Decimal)."""
    module = sys.modules.get("decimal")
    return module is not None and isinstance(x, module.Decimal)


# -- reading strings ----------------------------------------------------------------

def _digit_run(text):
    """Whether text is decimal digits, possibly in groups joined by single underscores
    ("1_000"), as Python's int literals allow."""
    return all(group.isdecimal() for group in text.split("_"))


def _fraction_part_ok(text):
    """CPython 3.11's pattern for the digits after the point reads `d*` where `\\d*`
    was meant: a run of the letter d is accepted there too (and then fails in int())."""
    return text == "" or _digit_run(text) or text.strip("dD") == ""


def _parse_literal(literal):
    """The (numerator, denominator) pair a string spells, not yet reduced; the
    accepted forms are CPython's: [sign] digits "/" digits, or [sign] a decimal
    number with optional point and exponent, whitespace around the whole."""
    text = literal.strip()
    negative = text[:1] == "-"
    if text[:1] in ("-", "+"):
        text = text[1:]
    parsed = _parse_quotient(text) if "/" in text else _parse_decimal(text)
    if parsed is None:
        raise ValueError("Invalid literal for Fraction: %r" % literal)
    top, bottom = parsed
    return (-top if negative else top), bottom


def _parse_quotient(text):
    top, _, bottom = text.partition("/")
    if not (_digit_run(top) and _digit_run(bottom)):
        return None
    return int(top), int(bottom)


def _parse_decimal(text):
    cut = min((i for i in (text.find("e"), text.find("E")) if i >= 0), default=-1)
    mantissa, exponent = (text, None) if cut < 0 else (text[:cut], text[cut + 1:])
    whole, point, fraction = mantissa.partition(".")
    if not (whole == "" or _digit_run(whole)) or not _fraction_part_ok(fraction):
        return None
    # At least one digit must come before the point or right after it.
    if whole == "" and not (fraction[:1].isdecimal()):
        return None
    if exponent is not None:
        unsigned = exponent[1:] if exponent[:1] in ("-", "+") else exponent
        if not _digit_run(unsigned):
            return None
    top = int(whole) if whole else 0
    bottom = 1
    if fraction:
        fraction = fraction.replace("_", "")
        bottom = 10 ** len(fraction)
        top = top * bottom + int(fraction)
    if exponent is not None:
        power = int(exponent)
        if power < 0:
            bottom *= 10 ** -power
        else:
            top *= 10 ** power
    return top, bottom


def _single_ratio(value):
    """The (numerator, denominator) of a one-argument Fraction(value), and whether it
    still needs reducing."""
    if type(value) is int:
        return value, 1, False
    if isinstance(value, numbers.Rational):
        return value.numerator, value.denominator, False
    if isinstance(value, float) or _is_decimal(value):
        # Both know their exact ratio (and raise for infinities and NaN).
        top, bottom = value.as_integer_ratio()
        return top, bottom, False
    if isinstance(value, str):
        top, bottom = _parse_literal(value)
        return top, bottom, True
    raise TypeError("argument should be a string or a Rational instance")


class Fraction(numbers.Rational):
    """numerator/denominator in lowest terms, the denominator positive."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            top, bottom, needs_reducing = _single_ratio(numerator)
        elif type(numerator) is int and type(denominator) is int:
            top, bottom, needs_reducing = numerator, denominator, True
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator,
                                                                    numbers.Rational):
            top = numerator.numerator * denominator.denominator
            bottom = numerator.denominator * denominator.numerator
            needs_reducing = True
        else:
            raise TypeError("both arguments should be Rational instances")
        if needs_reducing:
            if bottom == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % top)
            if _normalize:
                common = math.gcd(top, bottom)
                if bottom < 0:
                    common = -common
                top, bottom = top // common, bottom // common
        self = super(Fraction, cls).__new__(cls)
        self._numerator = top
        self._denominator = bottom
        return self

    @staticmethod
    def _exact(top, bottom):
        """A Fraction from a pair already in lowest terms with bottom > 0."""
        made = object.__new__(Fraction)
        made._numerator = top
        made._denominator = bottom
        return made

    @classmethod
    def from_float(cls, f):
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" %
                            (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        target_top, target_bottom = self._numerator, self._denominator
        if target_bottom <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents h/k until the next one would
        # need a denominator above the limit.
        older_h, older_k = 0, 1
        last_h, last_k = 1, 0
        rest_top, rest_bottom = target_top, target_bottom
        while True:
            term, remainder = divmod(rest_top, rest_bottom)
            next_k = older_k + term * last_k
            if next_k > max_denominator:
                break
            older_h, older_k, last_h, last_k = (last_h, last_k,
                                                older_h + term * last_h, next_k)
            rest_top, rest_bottom = rest_bottom, remainder
        # The best answer is the last convergent or the largest semiconvergent that
        # fits; on a tie the convergent wins.
        steps = (max_denominator - older_k) // last_k
        semi_h, semi_k = older_h + steps * last_h, older_k + steps * last_k
        miss_last = abs(last_h * target_bottom - target_top * last_k) * semi_k
        miss_semi = abs(semi_h * target_bottom - target_top * semi_k) * last_k
        if miss_last <= miss_semi:
            return Fraction(last_h, last_k)
        return Fraction(semi_h, semi_k)

    numerator = property(lambda a: a._numerator)
    denominator = property(lambda a: a._denominator)

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator,
                               self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # -- arithmetic --------------------------------------------------------------
    # Each operator is written once on two Fractions; _mixed() makes the forward and
    # reflected methods that accept ints and other Rationals exactly, and floats and
    # complexes by converting self.

    def _mixed(name, on_fractions, on_numbers):
        def forward(self, other):
            if isinstance(other, Fraction):
                return on_fractions(self, other)
            if isinstance(other, int):
                return on_fractions(self, Fraction(other))
            if isinstance(other, float):
                return on_numbers(float(self), other)
            if isinstance(other, complex):
                return on_numbers(complex(self), other)
            return NotImplemented

        def reflected(self, other):
            if isinstance(other, numbers.Rational):
                return on_fractions(Fraction(other), self)
            if isinstance(other, numbers.Real):
                return on_numbers(float(other), float(self))
            if isinstance(other, numbers.Complex):
                return on_numbers(complex(other), complex(self))
            return NotImplemented

        forward.__name__ = "__%s__" % name
        reflected.__name__ = "__r%s__" % name
        return forward, reflected

    def _plus(x, y):
        return Fraction(x._numerator * y._denominator + y._numerator * x._denominator,
                        x._denominator * y._denominator)

    def _minus(x, y):
        return Fraction(x._numerator * y._denominator - y._numerator * x._denominator,
                        x._denominator * y._denominator)

    def _times(x, y):
        return Fraction(x._numerator * y._numerator, x._denominator * y._denominator)

    def _over(x, y):
        if y._numerator == 0:
            # CPython names the reduced dividend's sign as the numerator here.
            sign = (x._numerator > 0) - (x._numerator < 0)
            raise ZeroDivisionError("Fraction(%s, 0)" % sign)
        return Fraction(x._numerator * y._denominator, x._denominator * y._numerator)

    def _floor_over(x, y):
        return (x._numerator * y._denominator) // (x._denominator * y._numerator)

    def _quotient_and_rest(x, y):
        bottom = x._denominator * y._denominator
        whole, rest = divmod(x._numerator * y._denominator,
                             y._numerator * x._denominator)
        return whole, Fraction(rest, bottom)

    def _rest(x, y):
        bottom = x._denominator * y._denominator
        return Fraction((x._numerator * y._denominator) % (y._numerator * x._denominator),
                        bottom)

    __add__, __radd__ = _mixed("add", _plus, operator.add)
    __sub__, __rsub__ = _mixed("sub", _minus, operator.sub)
    __mul__, __rmul__ = _mixed("mul", _times, operator.mul)
    __truediv__, __rtruediv__ = _mixed("truediv", _over, operator.truediv)
    __floordiv__, __rfloordiv__ = _mixed("floordiv", _floor_over, operator.floordiv)
    __divmod__, __rdivmod__ = _mixed("divmod", _quotient_and_rest, divmod)
    __mod__, __rmod__ = _mixed("mod", _rest, operator.mod)
    del _mixed, _plus, _minus, _times, _over, _floor_over, _quotient_and_rest, _rest

    def __pow__(a, b):
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        exponent = b.numerator
        top, bottom = a._numerator, a._denominator
        if exponent < 0:
            top, bottom, exponent = bottom, top, -exponent
        top, bottom = top ** exponent, bottom ** exponent
        if bottom == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % top)
        if bottom < 0:
            top, bottom = -top, -bottom
        return Fraction._exact(top, bottom)

    def __rpow__(b, a):
        whole_power = b._denominator == 1
        if whole_power and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        return a ** (b._numerator if whole_power else float(b))

    def __pos__(a):
        return Fraction._exact(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._exact(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._exact(abs(a._numerator), a._denominator)

    def _toward_zero(self):
        quotient = abs(self._numerator) // self._denominator
        return quotient if self._numerator >= 0 else -quotient

    def __int__(a, _index=operator.index):
        return _index(a._toward_zero())

    def __trunc__(a):
        return a._toward_zero()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -((-a._numerator) // a._denominator)

    def __round__(self, ndigits=None):
        """Rounds half to even, as round() does for every type."""
        if ndigits is not None:
            scale = Fraction._exact(10 ** abs(ndigits), 1)
            if ndigits > 0:
                return Fraction(round(self * scale), scale._numerator)
            return Fraction(round(self / scale) * scale._numerator)
        below = self._numerator // self._denominator
        twice_excess = 2 * (self._numerator - below * self._denominator)
        if twice_excess > self._denominator or (twice_excess == self._denominator
                                                and below % 2 == 1):
            return below + 1
        return below

    def __hash__(self):
        """Equal to the hash of an equal int or float, as CPython's numeric hash:
        |numerator| / denominator computed in the field of integers modulo the
        prime, the sign put back, and -1 (an error marker in C) replaced by -2."""
        if self._denominator % _HASH_PRIME == 0:
            magnitude = _HASH_OF_INF
        else:
            inverse = pow(self._denominator, _HASH_PRIME - 2, _HASH_PRIME)
            magnitude = abs(self._numerator) % _HASH_PRIME * inverse % _HASH_PRIME
        value = -magnitude if self._numerator < 0 else magnitude
        return -2 if value == -1 else value

    def __eq__(a, b):
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, numbers.Rational):
            return (a._numerator, a._denominator) == (b.numerator, b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isfinite(b):
            return a == a.from_float(b)
        return b == 0.0

    def _compare(self, other, test):
        """test(self, other) for a Rational or float other; infinities and NaN
        compare as 0 would."""
        if isinstance(other, numbers.Rational):
            return test(self._numerator * other.denominator,
                        other.numerator * self._denominator)
        if not isinstance(other, float):
            return NotImplemented
        if math.isfinite(other):
            return test(self, self.from_float(other))
        return test(0.0, other)

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        # Fractions are immutable; only a subclass (which may add state) is rebuilt.
        if type(self) == Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
