"""decimal: decimal floating point arithmetic with CPython 3.11's results.

Written for Taskscope after the General Decimal Arithmetic specification and the
behaviour of CPython's C module (_decimal/libmpdec): the same values, flags, string
forms and exception messages. A Decimal is a sign (0 or 1), an integer coefficient, an
exponent and a kind (finite, infinity, quiet or signalling NaN); all digit arithmetic
is done on Python ints. The current context lives in a ContextVar, so each asyncio
task sees the context it was created in, as with CPython.

The operations build an exact (or exactly bounded) result, then `_finish` rounds it to
the context, collecting the conditions met in a bit mask; `Context._signal` then sets
the flags and raises the first trapped signal, with the list of trapped conditions as
its argument, which is how the C module reports them. The integer helpers and the
rounding modes are in _decimal_digits, format() in _decimal_format.
"""

import contextvars as _contextvars
import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple

# The rounding modes and the integer helpers (_decimal_digits), format() (_decimal_format).
from _decimal_digits import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
    ROUND_HALF_DOWN, ROUND_05UP, _ROUNDINGS, _pow10, _ndigits, _digits_of, _int_of,
    _strip_zeros, _round_coef)
from _decimal_format import format_decimal as _format_decimal

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
    'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
    'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
    'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---- signals ------------------------------------------------------------------------
# The classes say __module__ = 'decimal' so that their reprs (which appear in the
# messages of raised signals) read as CPython's whatever name this file is loaded under.

class DecimalException(ArithmeticError):
    __module__ = 'decimal'


class Clamped(DecimalException):
    __module__ = 'decimal'


class InvalidOperation(DecimalException):
    __module__ = 'decimal'


class ConversionSyntax(InvalidOperation):
    __module__ = 'decimal'


class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = 'decimal'


class DivisionImpossible(InvalidOperation):
    __module__ = 'decimal'


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = 'decimal'


class Inexact(DecimalException):
    __module__ = 'decimal'


class InvalidContext(InvalidOperation):
    __module__ = 'decimal'


class Rounded(DecimalException):
    __module__ = 'decimal'


class Subnormal(DecimalException):
    __module__ = 'decimal'


class Overflow(Inexact, Rounded):
    __module__ = 'decimal'


class Underflow(Inexact, Rounded, Subnormal):
    __module__ = 'decimal'


class FloatOperation(DecimalException, TypeError):
    __module__ = 'decimal'


# Condition bits, numbered as libmpdec numbers them: the order of the bits is the
# order in which a Context's repr lists its flags and traps.
_CLAMPED = 1
_CONVERSION = 2
_DIVZERO = 4
_DIVIMPOSSIBLE = 8
_DIVUNDEFINED = 16
_INEXACT = 64
_INVCONTEXT = 128
_INVALID = 256
_FLOATOP = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_ALL_INVALID = _CONVERSION | _DIVIMPOSSIBLE | _DIVUNDEFINED | _INVCONTEXT | _INVALID

# The signals (what flags and traps are keyed by) in the C module's order, with the
# condition bits each covers.
_SIGNALS = ((InvalidOperation, _ALL_INVALID), (FloatOperation, _FLOATOP),
            (DivisionByZero, _DIVZERO), (Overflow, _OVERFLOW), (Underflow, _UNDERFLOW),
            (Subnormal, _SUBNORMAL), (Inexact, _INEXACT), (Rounded, _ROUNDED),
            (Clamped, _CLAMPED))
_SIGNAL_MASK = dict(_SIGNALS)
# The conditions a raised signal lists, in the C module's order.
_CONDITIONS = ((InvalidOperation, _INVALID), (ConversionSyntax, _CONVERSION),
               (DivisionImpossible, _DIVIMPOSSIBLE), (DivisionUndefined, _DIVUNDEFINED),
               (InvalidContext, _INVCONTEXT), (FloatOperation, _FLOATOP),
               (DivisionByZero, _DIVZERO), (Overflow, _OVERFLOW),
               (Underflow, _UNDERFLOW), (Subnormal, _SUBNORMAL), (Inexact, _INEXACT),
               (Rounded, _ROUNDED), (Clamped, _CLAMPED))
# Signals by bit order, for a Context's repr.
_REPR_ORDER = ((Clamped, _CLAMPED), (InvalidOperation, _ALL_INVALID),
               (DivisionByZero, _DIVZERO), (Inexact, _INEXACT),
               (FloatOperation, _FLOATOP), (Overflow, _OVERFLOW), (Rounded, _ROUNDED),
               (Subnormal, _SUBNORMAL), (Underflow, _UNDERFLOW))

_SIGNAL_KEY_ERROR = ('valid values for signals are:\n'
                     '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                     '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                     '   Clamped]')
_ROUNDING_ERROR = ('valid values for rounding are:\n'
                   '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                   '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                   '   ROUND_05UP]')


# ---- the Decimal type ---------------------------------------------------------------
# _kind: '' finite, 'F' infinity, 'n' quiet NaN, 'N' signalling NaN (the letters of a
# tuple's exponent). A NaN keeps its payload in _int.

_object_new = object.__new__


def _new(sign, coef, exp, kind='', cls=None):
    d = _object_new(Decimal if cls is None else cls)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._kind = kind
    return d


DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


def _finish(sign, coef, exp, ctx, status=0, rounding=None):
    """Rounds the finite (sign, coef, exp) to ctx (with its rounding mode unless one
    is given); returns (Decimal, status)."""
    prec = ctx._prec
    # The common case first: at most prec digits, and an exponent that makes the
    # number normal (adjusted exponent in [Emin, Emax]) and needs no clamping.
    if ctx._Emin <= exp and exp + prec <= ctx._Emax + 1 and coef < _pow10(prec):
        return _new(sign, coef, exp), status
    rounding = rounding or ctx._rounding
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    if not coef:
        high = etop if ctx.clamp else ctx.Emax
        new_exp = min(max(exp, etiny), high)
        if new_exp != exp:
            status |= _CLAMPED
        return _new(sign, 0, new_exp), status
    ndig = _ndigits(coef)
    low = ndig + exp - prec  # the exponent with exactly prec digits
    if low > etop:
        return _overflow(sign, ctx, rounding), status | _OVERFLOW | _INEXACT | _ROUNDED
    subnormal = low < etiny
    if subnormal:
        low = etiny
    if exp < low:
        coef, inexact = _round_coef(sign, coef, low - exp, rounding)
        if coef and _ndigits(coef) > prec:
            coef //= 10
            low += 1
        if low > etop:
            result = _overflow(sign, ctx, rounding)
            status |= _OVERFLOW | _INEXACT
        else:
            result = _new(sign, coef, low)
        if inexact and subnormal:
            status |= _UNDERFLOW
        if subnormal:
            status |= _SUBNORMAL
        if inexact:
            status |= _INEXACT
        status |= _ROUNDED
        if not coef:
            status |= _CLAMPED
        return result, status
    if subnormal:
        status |= _SUBNORMAL
    if ctx.clamp and exp > etop:
        return _new(sign, coef * _pow10(exp - etop), etop), status | _CLAMPED
    return _new(sign, coef, exp), status


def _overflow(sign, ctx, r):
    """The result of an overflow: infinity or the largest finite number, by rounding."""
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign)):
        return _new(sign, 0, 'F', 'F')
    return _new(sign, _pow10(ctx.prec) - 1, ctx.Emax - ctx.prec + 1)


def _quiet_nan(d, ctx):
    """d (a NaN) made quiet, its payload cut to the context's room for one."""
    coef = d._int
    room = ctx.prec - ctx.clamp
    if coef and _ndigits(coef) > room:
        coef = coef % _pow10(room) if room > 0 else 0
    return _new(d._sign, coef, 'n', 'n')


def _nan_operands(ctx, *operands):
    """For an operation on operands: (NaN result, status) if one is a NaN (a
    signalling one first), else None."""
    for d in operands:
        if d._kind == 'N':
            return _quiet_nan(d, ctx), _INVALID
    for d in operands:
        if d._kind == 'n':
            return _quiet_nan(d, ctx), 0
    return None


def _invalid(status=_INVALID):
    return _new(0, 0, 'n', 'n'), status


def _adjusted(d):
    return d._exp + _ndigits(d._int) - 1


def _parse(text, strict=False):
    """The (sign, coef, exp, kind) a string describes, or None if it is not a number.
    Underscores are ignored, surrounding white space is allowed and other digits
    than ASCII ones are read as their values, as the C module does; Context's
    create_decimal is strict: no white space nor underscores."""
    if not strict:
        text = text.strip()
    elif '_' in text or text != text.strip():
        return None
    if not text.isascii():
        chars = []
        for ch in text:
            if ch.isascii():
                chars.append(ch)
            elif ch.isdecimal():
                chars.append(str(int(ch)))
            else:
                return None
        text = ''.join(chars)
    text = text.replace('_', '')
    if not text:
        return None
    sign = 0
    if text[0] in '+-':
        sign = 1 if text[0] == '-' else 0
        text = text[1:]
    lower = text.lower()
    if lower in ('inf', 'infinity'):
        return sign, 0, 'F', 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if lower.startswith(prefix):
            payload = lower[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, _int_of(payload) if payload else 0, kind, kind
    mantissa, e, exponent = lower.partition('e')
    exp = 0
    if e:
        digits = exponent[1:] if exponent[:1] in ('+', '-') else exponent
        if not digits.isdigit():
            return None
        exp = _int_of(digits)
        if exponent[0] == '-':
            exp = -exp
    whole, dot, frac = mantissa.partition('.')
    if not (whole + frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    return sign, _int_of((whole + frac).lstrip('0') or '0'), exp - len(frac), ''


def _exact(parts, cls, context):
    """The Decimal of (sign, coef, exp, kind) as Decimal() makes it: exact, or NaN
    with InvalidOperation when it does not fit the largest context (libmpdec's
    limits) without rounding or clamping."""
    sign, coef, exp, kind = parts
    if not kind:
        if exp < MIN_ETINY or (exp > MAX_EMAX if not coef else
                               exp + _ndigits(coef) - 1 > MAX_EMAX):
            _ctx(context)._signal(_INVALID)
            return _new(0, 0, 'n', 'n', cls)
    return _new(sign, coef, exp, kind, cls)


def _from_float(f, cls):
    if _math.isnan(f):
        return _new(0, 0, 'n', 'n', cls)  # the sign of a float NaN is not kept
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if _math.isinf(f):
        return _new(sign, 0, 'F', 'F', cls)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1  # d is 2**k
    return _new(sign, n * 5 ** k, -k, '', cls)


def _convert(other):
    """other as a Decimal for an operation, or NotImplemented for types a Decimal does
    not mix with."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(1 if other < 0 else 0, abs(other), 0)
    return NotImplemented


def _is_rational(x):
    """Whether x is a non-int Rational (a Fraction): numbers.Rational, or anything
    called Fraction with a numerator and a denominator (a Fraction of another copy of
    the fractions module)."""
    if isinstance(x, int):
        return False
    if isinstance(x, _numbers.Rational):
        return True
    return type(x).__name__ == 'Fraction' and hasattr(x, 'denominator')


def _operand(other, ctx, op, reflected=False):
    """other as a Decimal for a binary operator. Floats and other built-in types raise
    the TypeError CPython's C type raises (it names 'decimal.Decimal'); other types give
    NotImplemented so that their reflected method may run."""
    d = _convert(other)
    if d is NotImplemented and type(other).__module__ == 'builtins':
        if op == '*' and isinstance(other, (str, bytes, bytearray, list, tuple)):
            # the sequence's repetition has the last word, as in CPython
            raise TypeError("can't multiply sequence by non-int of type 'decimal.Decimal'")
        names = ('decimal.Decimal', type(other).__name__)
        if reflected:
            names = names[::-1]
        raise TypeError(f"unsupported operand type(s) for {op}: '{names[0]}' and '{names[1]}'")
    return d


def _method_operand(other):
    """The other operand of a Decimal or Context method: ints convert, others raise."""
    d = _convert(other)
    if d is NotImplemented:
        raise TypeError(f'conversion from {type(other).__name__} to Decimal is not supported')
    return d


class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_sign', '_int', '_exp', '_kind')
    __module__ = 'decimal'

    def __new__(cls, value='0', context=None):
        if context is not None:
            _check_context(context)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                _ctx(context)._signal(_CONVERSION)
                return _new(0, 0, 'n', 'n', cls)
            return _exact(parsed, cls, context)
        if isinstance(value, int):
            return _new(1 if value < 0 else 0, abs(value), 0, '', cls)
        if isinstance(value, Decimal):
            return _new(value._sign, value._int, value._exp, value._kind, cls)
        if isinstance(value, float):
            _ctx(context)._signal(_FLOATOP)
            return _from_float(value, cls)
        if isinstance(value, (tuple, list)):
            return _exact(_from_tuple(value), cls, context)
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f as a Decimal."""
        if isinstance(f, int):
            d = _new(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f, None)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # ---- conversions to other types ----

    def __str__(self):
        return _to_string(self, False, getcontext().capitals)

    def __repr__(self):
        return "Decimal('" + _to_string(self, False, getcontext().capitals) + "')"

    def to_eng_string(self, context=None):
        ctx = context if context is not None else getcontext()
        return _to_string(self, True, ctx.capitals)

    def __format__(self, spec, override=None):
        ctx = getcontext()
        special = None
        if self._kind:
            special = _to_string(_new(0, self._int, self._exp, self._kind), False, 1)
        return _format_decimal(spec, self._sign, self._int, self._exp, special,
                               ctx._capitals, ctx._rounding)

    def __bool__(self):
        return self._kind != '' or self._int != 0

    def __float__(self):
        if self._kind in ('n', 'N'):
            if self._kind == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return -float('nan') if self._sign else float('nan')
        if self._kind == 'F':
            return float('-inf') if self._sign else float('inf')
        return float(_to_string(self, False, 1))

    def __int__(self):
        if self._kind:
            if self._kind == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            value = self._int * _pow10(self._exp)
        elif -self._exp > _ndigits(self._int):
            value = 0
        else:
            value = self._int // _pow10(-self._exp)
        return -value if self._sign else value

    __trunc__ = __int__

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def as_tuple(self):
        if self._kind:
            if self._kind == 'F':
                digits = (0,)
            else:
                digits = tuple(int(c) for c in _digits_of(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits, self._kind)
        return DecimalTuple(self._sign, tuple(int(c) for c in _digits_of(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._kind:
            if self._kind == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        if self._exp >= 0:
            n, d = self._int * _pow10(self._exp), 1
        else:
            n, d = self._int, _pow10(-self._exp)
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def __floor__(self):
        return _to_int_rounded(self, ROUND_FLOOR)

    def __ceil__(self):
        return _to_int_rounded(self, ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return _to_int_rounded(self, ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))

    # ---- hashing and comparison ----

    def __hash__(self):
        if self._kind:
            if self._kind == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._kind == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = 2305843009213693951
        if self._exp >= 0:
            scale = pow(10, self._exp, modulus)
        else:
            scale = pow(_INV10, -self._exp, modulus)
        h = self._int * scale % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def _compare_with(self, other, op):
        """(self <=> other as -1/0/1) or NotImplemented, or None when a NaN is involved;
        for ordering comparisons a NaN signals InvalidOperation."""
        if isinstance(other, Decimal):
            if self._kind in ('n', 'N') or other._kind in ('n', 'N'):
                return self._nan_compare(other, op, getcontext())
            return _cmp(self, other)
        ctx = getcontext()
        if isinstance(other, float):
            ctx._signal(_FLOATOP, quiet=op in ('==', '!='))
            other = _from_float(other, None)
        elif _is_rational(other):
            if self._kind:
                other_d = _new(0, 0, 0)
                if self._kind != 'F':
                    return self._nan_compare(other_d, op, ctx)
                return -1 if self._sign else 1
            a = _new(self._sign, self._int * other.denominator, self._exp)
            b = _new(1 if other.numerator < 0 else 0, abs(other.numerator), 0)
            return _cmp(a, b)
        else:
            other = _convert(other)
            if other is NotImplemented:
                return NotImplemented
        if self._kind in ('n', 'N') or other._kind in ('n', 'N'):
            return self._nan_compare(other, op, ctx)
        return _cmp(self, other)

    def _nan_compare(self, other, op, ctx):
        if op in ('==', '!='):
            if self._kind == 'N' or other._kind == 'N':
                ctx._signal(_INVALID)
            return None
        ctx._signal(_INVALID)
        return None

    def __eq__(self, other):
        c = self._compare_with(other, '==')
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = self._compare_with(other, '!=')
        if c is NotImplemented:
            return c
        return c != 0

    def __lt__(self, other):
        c = self._ordered(other, '<')
        return c if c is NotImplemented else (c is not None and c < 0)

    def __le__(self, other):
        c = self._ordered(other, '<=')
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __gt__(self, other):
        c = self._ordered(other, '>')
        return c if c is NotImplemented else (c is not None and c > 0)

    def __ge__(self, other):
        c = self._ordered(other, '>=')
        return c if c is NotImplemented else (c is not None and c >= 0)

    def _ordered(self, other, op):
        c = self._compare_with(other, op)
        if c is NotImplemented and type(other).__module__ == 'builtins':
            raise TypeError(f"'{op}' not supported between instances of "
                            f"'decimal.Decimal' and '{type(other).__name__}'")
        return c

    # ---- arithmetic operators ----

    def __divmod__(self, other, context=None):
        o = _operand(other, context, 'divmod()')
        return o if o is NotImplemented else _divmod_op(self, o, context)

    def __rdivmod__(self, other, context=None):
        o = _operand(other, context, 'divmod()', True)
        return o if o is NotImplemented else _divmod_op(o, self, context)

    def __pow__(self, other, modulo=None, context=None):
        o = _operand(other, context, '** or pow()')
        if o is NotImplemented:
            return o
        if modulo is not None:
            m = _operand(modulo, context, '** or pow()')
            if m is NotImplemented:
                return m
            return _binary3(_powmod, self, o, m, context)
        return _binary(_pow, self, o, context)

    def __rpow__(self, other, modulo=None, context=None):
        o = _operand(other, context, '** or pow()', True)
        return o if o is NotImplemented else _binary(_pow, o, self, context)

    def __neg__(self, context=None):
        return _unary(_minus, self, context)

    def __pos__(self, context=None):
        return _unary(_plus, self, context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return _unary(_abs, self, context)

    # ---- methods ----

    def adjusted(self):
        return _adjusted(self) if not self._kind else 0

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._kind

    def is_infinite(self):
        return self._kind == 'F'

    def is_nan(self):
        return self._kind in ('n', 'N')

    def is_qnan(self):
        return self._kind == 'n'

    def is_snan(self):
        return self._kind == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._kind and self._int == 0

    def is_normal(self, context=None):
        if self._kind or not self._int:
            return False
        ctx = _ctx(context)
        return _adjusted(self) >= ctx.Emin

    def is_subnormal(self, context=None):
        if self._kind or not self._int:
            return False
        ctx = _ctx(context)
        return _adjusted(self) < ctx.Emin

    def radix(self):
        return Decimal(10)

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _method_operand(other)
        return _new(other._sign, self._int, self._exp, self._kind)

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._kind == 'N':
            return 'sNaN'
        if self._kind == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._kind == 'F':
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if _adjusted(self) < ctx.Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def same_quantum(self, other, context=None):
        other = _method_operand(other)
        if self._kind or other._kind:
            return (self._kind in ('n', 'N') and other._kind in ('n', 'N')) or \
                (self._kind == other._kind == 'F')
        return self._exp == other._exp

    def compare_total(self, other, context=None):
        return Decimal(_total_order(self, _method_operand(other)))

    def compare_total_mag(self, other, context=None):
        return Decimal(_total_order(self.copy_abs(), _method_operand(other).copy_abs()))

    def quantize(self, exp, rounding=None, context=None):
        exp = _method_operand(exp)
        ctx = _ctx(context)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        result, status = _quantize(self, exp, ctx, rounding or ctx.rounding)
        ctx._signal(status)
        return result

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        result, status = _to_integral(self, ctx, rounding or ctx.rounding, False)
        ctx._signal(status)
        return result

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        result, status = _to_integral(self, ctx, rounding or ctx.rounding, True)
        ctx._signal(status)
        return result

    def fma(self, other, third, context=None):
        return _binary3(_fma, self, _method_operand(other), _method_operand(third), context)

    # ---- copying and pickling ----

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self if type(self) is Decimal else self.__class__(self)

    def __deepcopy__(self, memo):
        return self if type(self) is Decimal else self.__class__(self)


_numbers.Number.register(Decimal)

# The inverse of 10 modulo 2**61 - 1, for hashing negative exponents.
_INV10 = pow(10, 2305843009213693951 - 2, 2305843009213693951)


def _ctx(context):
    if context is None:
        return getcontext()
    _check_context(context)
    return context


def _check_context(ctx):
    if not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    elif not -2 ** 63 <= exp < 2 ** 63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if not isinstance(digits, tuple):
        if isinstance(digits, list):
            digits = tuple(digits)
        else:
            raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for digit in digits:
        if not (isinstance(digit, int) and 0 <= digit <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + digit
    if exp == 'F':
        return sign, 0, 'F', 'F'
    if exp in ('n', 'N'):
        return sign, coef, exp, exp
    return sign, coef, exp, ''


def _to_int_rounded(d, rounding):
    if d._kind:
        if d._kind == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        raise ValueError('cannot convert NaN to integer')
    if d._exp >= 0:
        value = d._int * _pow10(d._exp)
    else:
        value, _ = _round_coef(d._sign, d._int, -d._exp, rounding)
    return -value if d._sign else value


# ---- how operations run: operands, context, signals ---------------------------------

def _unary(fn, a, context):
    ctx = getcontext() if context is None else _ctx(context)
    result, status = fn(a, ctx)
    if status:
        ctx._signal(status)
    return result


def _binary(fn, a, b, context):
    ctx = getcontext() if context is None else _ctx(context)
    result, status = fn(a, b, ctx)
    if status:
        ctx._signal(status)
    return result


def _binary3(fn, a, b, c, context):
    ctx = _ctx(context)
    result, status = fn(a, b, c, ctx)
    ctx._signal(status)
    return result


def _divmod_op(a, b, context):
    ctx = _ctx(context)
    q, r, status = _divmod(a, b, ctx)
    ctx._signal(status)
    return q, r


# ---- string forms -------------------------------------------------------------------

def _to_string(d, eng, capitals):
    sign = '-' if d._sign else ''
    if d._kind:
        if d._kind == 'F':
            return sign + 'Infinity'
        payload = _digits_of(d._int) if d._int else ''
        return sign + ('sNaN' if d._kind == 'N' else 'NaN') + payload
    digits = _digits_of(d._int)
    exp = d._exp
    left = exp + len(digits)  # digits left of the decimal point in plain notation
    if exp <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._int:
        dot = (left - 1) % 3 + 1
    else:
        dot = (left + 1) % 3 - 1
    if dot <= 0:
        body = '0.' + '0' * -dot + digits
    elif dot >= len(digits):
        body = digits + '0' * (dot - len(digits))
    else:
        body = digits[:dot] + '.' + digits[dot:]
    if left != dot:
        body += ('E' if capitals else 'e') + '%+d' % (left - dot)
    return sign + body


# ---- the context --------------------------------------------------------------------

class _SignalDict(object):
    """A context's flags or traps: a mapping from the nine signals to bools, backed by
    a bit mask in the context (as the C module's signal dicts are)."""

    __slots__ = ('_ctx', '_attr')
    __module__ = 'decimal'

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _mask(self):
        return getattr(self._ctx, self._attr)

    def __getitem__(self, key):
        mask = _SIGNAL_MASK.get(key) if isinstance(key, type) else None
        if mask is None:
            raise KeyError(_SIGNAL_KEY_ERROR)
        return bool(self._mask() & mask)

    def __setitem__(self, key, value):
        mask = _SIGNAL_MASK.get(key) if isinstance(key, type) else None
        if mask is None:
            raise KeyError(_SIGNAL_KEY_ERROR)
        current = self._mask()
        setattr(self._ctx, self._attr, current | mask if value else current & ~mask)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter([s for s, _ in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, key):
        return key in _SIGNAL_MASK

    def keys(self):
        return [s for s, _ in _SIGNALS]

    def values(self):
        m = self._mask()
        return [bool(m & mask) for _, mask in _SIGNALS]

    def items(self):
        m = self._mask()
        return [(s, bool(m & mask)) for s, mask in _SIGNALS]

    def get(self, key, default=None):
        if key in _SIGNAL_MASK:
            return self[key]
        return default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self.items() == other.items()
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join(f'{s!r}:{v}' for s, v in self.items()) + '}'


def _mask_of(value):
    """The bit mask a list of signals or a signal dict gives, for Context()."""
    if isinstance(value, _SignalDict):
        return value._mask()
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or any(k not in _SIGNAL_MASK for k in value):
            raise KeyError('invalid signal dict')
        mask = 0
        for key, on in value.items():
            if on:
                mask |= _SIGNAL_MASK[key]
        return mask
    mask = 0
    for key in value:
        m = _SIGNAL_MASK.get(key) if isinstance(key, type) else None
        if m is None:
            raise KeyError(_SIGNAL_KEY_ERROR)
        mask |= m
    return mask


def _as_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not -2 ** 63 <= value < 2 ** 63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return int(value)


class Context(object):
    """The environment of arithmetic operations: precision, rounding, exponent limits,
    flags and traps."""

    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp',
                 '_flags', '_traps')
    __module__ = 'decimal'

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        # The fields not given come from DefaultContext (fixed values while the
        # module makes DefaultContext itself); flags start clear.
        template = DefaultContext
        if template is None:
            self._prec, self._rounding = 28, ROUND_HALF_EVEN
            self._Emin, self._Emax = -999999, 999999
            self._capitals, self._clamp = 1, 0
            self._traps = _ALL_INVALID | _DIVZERO | _OVERFLOW
        else:
            for name in ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp', '_traps'):
                object.__setattr__(self, name, getattr(template, name))
        self._flags = 0
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._traps = _mask_of(traps)
        if flags is not None:
            self._flags = _mask_of(flags)

    # ---- attributes, checked as the C module checks them ----

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = _as_int(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS or not isinstance(value, str):
            raise TypeError(_ROUNDING_ERROR)
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        value = _as_int(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        value = _as_int(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = _as_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = _as_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    @property
    def flags(self):
        return _SignalDict(self, '_flags')

    @flags.setter
    def flags(self, value):
        if not isinstance(value, (dict, _SignalDict)):
            raise TypeError('argument must be a signal dict')
        self._flags = _mask_of(value)

    @property
    def traps(self):
        return _SignalDict(self, '_traps')

    @traps.setter
    def traps(self, value):
        if not isinstance(value, (dict, _SignalDict)):
            raise TypeError('argument must be a signal dict')
        self._traps = _mask_of(value)

    def __setattr__(self, name, value):
        if name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags',
                        'traps') and name not in Context.__slots__:
            raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def _signal(self, status, quiet=False):
        """Sets the flags of the conditions in status and raises the first trapped
        signal (unless quiet), listing every trapped condition."""
        if not status:
            return
        object.__setattr__(self, '_flags', self._flags | status)
        trapped = status & self._traps
        if not trapped or quiet:
            return
        raised = [s for s, m in _CONDITIONS if trapped & m]
        for cls, mask in _SIGNALS:
            if trapped & mask:
                raise cls(raised)

    # ---- the context's own methods ----

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        new = object.__new__(Context)
        for name in Context.__slots__:
            object.__setattr__(new, name, getattr(self, name))
        return new

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                          self.clamp, [s for s, m in _SIGNALS if self._flags & m],
                          [s for s, m in _SIGNALS if self._traps & m]))

    def __repr__(self):
        flags = ', '.join(s.__name__ for s, m in _REPR_ORDER if self._flags & m)
        traps = ', '.join(s.__name__ for s, m in _REPR_ORDER if self._traps & m)
        return (f'Context(prec={self._prec}, rounding={self._rounding}, '
                f'Emin={self._Emin}, Emax={self._Emax}, capitals={self._capitals}, '
                f'clamp={self._clamp}, flags=[{flags}], traps=[{traps}])')

    def create_decimal(self, num='0'):
        """num as a Decimal rounded to this context."""
        if isinstance(num, str):
            parsed = _parse(num, True)
            if parsed is None or (parsed[3] in ('n', 'N') and parsed[1]
                                  and _ndigits(parsed[1]) > self._prec - self._clamp):
                self._signal(_CONVERSION)
                return _new(0, 0, 'n', 'n')
            d = _new(*parsed)
        elif isinstance(num, float):
            self._signal(_FLOATOP)
            d = _from_float(num, None)
        else:
            d = Decimal(num, self)
        if d._kind:
            if d._kind in ('n', 'N'):
                return _quiet_nan(d, self) if d._kind == 'n' else _new(
                    d._sign, _quiet_nan(d, self)._int, 'N', 'N')
            return d
        result, status = _finish(d._sign, d._int, d._exp, self)
        self._signal(status)
        return result

    def _apply(self, a):
        """a rounded to this context (a NaN keeps its kind, its payload cut)."""
        d = _method_operand(a)
        if d._kind in ('n', 'N'):
            return _new(d._sign, _quiet_nan(d, self)._int, d._kind, d._kind)
        if d._kind:
            return d
        result, status = _finish(d._sign, d._int, d._exp, self)
        self._signal(status)
        return result

    def create_decimal_from_float(self, f):
        if isinstance(f, int):
            d = _new(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f, None)
        else:
            raise TypeError('argument must be int or float')
        if d._kind:
            return d
        result, status = _finish(d._sign, d._int, d._exp, self)
        self._signal(status)
        return result

    def divmod(self, a, b):
        q, r, status = _divmod(_method_operand(a), _method_operand(b), self)
        self._signal(status)
        return q, r

    def power(self, a, b, modulo=None):
        if modulo is not None:
            result, status = _powmod(_method_operand(a), _method_operand(b),
                                     _method_operand(modulo), self)
        else:
            result, status = _pow(_method_operand(a), _method_operand(b), self)
        self._signal(status)
        return result

    def compare_total(self, a, b):
        return _method_operand(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _method_operand(a).compare_total_mag(b)

    def quantize(self, a, b):
        return _method_operand(a).quantize(b, context=self)

    def same_quantum(self, a, b):
        return _method_operand(a).same_quantum(b)

    def fma(self, a, b, c):
        return _method_operand(a).fma(b, c, context=self)

    def to_integral_value(self, a):
        return _method_operand(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _method_operand(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _to_string(_method_operand(a), False, self._capitals)

    def to_eng_string(self, a):
        return _to_string(_method_operand(a), True, self._capitals)

    def number_class(self, a):
        return _method_operand(a).number_class(self)

    def copy_sign(self, a, b):
        return _method_operand(a).copy_sign(b)

    def copy_decimal(self, a):
        return _method_operand(a)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_normal(self, a):
        return _method_operand(a).is_normal(self)

    def is_subnormal(self, a):
        return _method_operand(a).is_subnormal(self)

DefaultContext = None  # Context() reads it; set just below
DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[InvalidOperation, DivisionByZero, Overflow, Underflow, Clamped])
ExtendedContext = Context(prec=9, traps=[])

_current_context = _contextvars.ContextVar('decimal_context')


def getcontext():
    """The current context (a copy of DefaultContext the first time)."""
    try:
        return _current_context.get()
    except LookupError:
        ctx = DefaultContext.copy()
        ctx._flags = 0
        _current_context.set(ctx)
        return ctx


def setcontext(context):
    """Makes context the current one (a fresh copy for the three templates)."""
    _check_context_arg(context)
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current_context.set(context)


def _check_context_arg(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')


class _ContextManager(object):
    """What localcontext() returns: sets a copy of a context for a with block."""

    __module__ = 'decimal'

    def __init__(self, context):
        self._new = context

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)


_ContextManager.__name__ = _ContextManager.__qualname__ = 'ContextManager'

_LOCAL_KEYWORDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags',
                   'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager for a copy of ctx (default: the current context), with the
    attributes given as keywords changed."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYWORDS:
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        if key in ('flags', 'traps'):
            object.__setattr__(new, '_' + key, _mask_of(value))
        else:
            setattr(new, key, value)
    return _ContextManager(new)


# ---- arithmetic -----------------------------------------------------------------------
# Each operation takes Decimals and the context and returns (result, status); the
# caller signals the status.

def _inf(sign):
    return _new(sign, 0, 'F', 'F')


def _add(a, b, ctx):
    if a._kind or b._kind:
        nan = _nan_operands(ctx, a, b)
        if nan:
            return nan
        if a._kind == 'F':
            if b._kind == 'F' and a._sign != b._sign:
                return _invalid()
            return _inf(a._sign), 0
        return _inf(b._sign), 0
    return _add_finite(a._sign, a._int, a._exp, b._sign, b._int, b._exp, ctx)


def _sub(a, b, ctx):
    if a._kind in ('n', 'N') or b._kind in ('n', 'N'):
        return _nan_operands(ctx, a, b)
    return _add(a, _new(1 - b._sign, b._int, b._exp, b._kind), ctx)


def _add_finite(sa, ca, ea, sb, cb, eb, ctx, rounding=None):
    if not ca and not cb:
        if sa == sb:
            sign = sa
        else:
            sign = 1 if (rounding or ctx._rounding) == ROUND_FLOOR else 0
        return _finish(sign, 0, min(ea, eb), ctx, 0, rounding)
    # Make a the operand with the larger exponent.
    if ea < eb:
        sa, ca, ea, sb, cb, eb = sb, cb, eb, sa, ca, ea
    if not ca:
        # a is zero: the sum is b, at b's (smaller) exponent
        return _finish(sb, cb, eb, ctx, 0, rounding)
    if ea - eb > 2:
        # When b lies wholly below the digits the result can keep, only whether it is
        # zero matters: replace it by a single digit just below that point, so that
        # no huge coefficient is built.
        na = _ndigits(ca) if ca else 1
        floor_exp = min(ea, ea + na - ctx._prec - 1) - 2
        if cb and eb + _ndigits(cb) < floor_exp:
            cb, eb = 1, floor_exp
        elif not cb and eb < floor_exp:
            eb = floor_exp
    ca *= _pow10(ea - eb)
    total = (-ca if sa else ca) + (-cb if sb else cb)
    if total:
        sign = 1 if total < 0 else 0
    elif sa == sb:
        sign = sa
    else:
        sign = 1 if (rounding or ctx._rounding) == ROUND_FLOOR else 0
    return _finish(sign, abs(total), eb, ctx, 0, rounding)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_operands(ctx, a, b)
        if nan:
            return nan
        if (a._kind == 'F' and not b._kind and not b._int) or \
                (b._kind == 'F' and not a._kind and not a._int):
            return _invalid()
        return _inf(sign), 0
    return _finish(sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_operands(ctx, a, b)
        if nan:
            return nan
        if a._kind == 'F':
            if b._kind == 'F':
                return _invalid()
            return _inf(sign), 0
        # finite / infinity: a zero at the smallest exponent
        return _new(sign, 0, ctx.Etiny()), _CLAMPED
    if not b._int:
        if not a._int:
            return _invalid(_DIVUNDEFINED)
        return _inf(sign), _DIVZERO
    ideal = a._exp - b._exp
    if not a._int:
        return _finish(sign, 0, ideal, ctx)
    ca, cb = a._int, b._int
    shift = ctx._prec + 1 + _ndigits(cb) - _ndigits(ca)
    if shift > 0:
        q, r = divmod(ca * _pow10(shift), cb)
    else:
        shift = 0
        q, r = divmod(ca, cb)
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1  # a sticky digit: the value is not exact
    else:
        q, exp = _strip_zeros(q, exp, ideal)
    return _finish(sign, q, exp, ctx)


def _int_quotient(a, b, ctx):
    """For finite a and non-zero b: (quotient int, remainder coefficient, remainder
    exponent) of the truncating division of |a| by |b|, or None when the quotient
    has more digits than the precision (DivisionImpossible)."""
    exp = min(a._exp, b._exp)
    if a._int and _adjusted(a) - _adjusted(b) > ctx._prec:
        return None
    if a._int and _adjusted(a) < _adjusted(b) - 1:
        return 0, a._int * _pow10(a._exp - exp), exp
    ca = a._int * _pow10(a._exp - exp)
    cb = b._int * _pow10(b._exp - exp)
    q, r = divmod(ca, cb)
    if q and _ndigits(q) > ctx._prec:
        return None
    return q, r, exp


def _divint(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_operands(ctx, a, b)
        if nan:
            return nan
        if a._kind == 'F':
            if b._kind == 'F':
                return _invalid()
            return _inf(sign), 0
        return _new(sign, 0, 0), 0
    if not b._int:
        if not a._int:
            return _invalid(_DIVUNDEFINED)
        return _inf(sign), _DIVZERO
    parts = _int_quotient(a, b, ctx)
    if parts is None:
        return _invalid(_DIVIMPOSSIBLE)
    return _finish(sign, parts[0], 0, ctx)


def _rem(a, b, ctx):
    if a._kind or b._kind:
        nan = _nan_operands(ctx, a, b)
        if nan:
            return nan
        if a._kind == 'F':
            return _invalid()
        return _finish(a._sign, a._int, a._exp, ctx)
    if not b._int:
        if not a._int:
            return _invalid(_DIVUNDEFINED)
        return _invalid()
    parts = _int_quotient(a, b, ctx)
    if parts is None:
        return _invalid(_DIVIMPOSSIBLE)
    return _finish(a._sign, parts[1], parts[2], ctx)


def _rem_near(a, b, ctx):
    if a._kind or b._kind:
        nan = _nan_operands(ctx, a, b)
        if nan:
            return nan
        if a._kind == 'F':
            return _invalid()
        return _finish(a._sign, a._int, a._exp, ctx)
    if not b._int:
        if not a._int:
            return _invalid(_DIVUNDEFINED)
        return _invalid()
    parts = _int_quotient(a, b, ctx)
    if parts is None:
        return _invalid(_DIVIMPOSSIBLE)
    q, r, exp = parts
    cb = b._int * _pow10(b._exp - exp)
    if 2 * r > cb or (2 * r == cb and q & 1):
        q += 1
        r -= cb
    if q and _ndigits(q) > ctx._prec:
        return _invalid(_DIVIMPOSSIBLE)
    sign = a._sign
    if r < 0:
        sign, r = 1 - sign, -r
    return _finish(sign, r, exp, ctx)


def _divmod(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_operands(ctx, a, b)
        if nan:
            return nan[0], nan[0], nan[1]
        if a._kind == 'F':
            if b._kind == 'F':
                n, status = _invalid()
                return n, n, status
            return _inf(sign), _invalid()[0], _INVALID
        r, status = _finish(a._sign, a._int, a._exp, ctx)
        return _new(sign, 0, 0), r, status
    if not b._int:
        if not a._int:
            n, status = _invalid(_DIVUNDEFINED)
            return n, n, status
        return _inf(sign), _invalid()[0], _INVALID | _DIVZERO
    parts = _int_quotient(a, b, ctx)
    if parts is None:
        n, status = _invalid(_DIVIMPOSSIBLE)
        return n, n, status
    q, status = _finish(sign, parts[0], 0, ctx)
    r, status = _finish(a._sign, parts[1], parts[2], ctx, status)
    return q, r, status


def _sign_op(a, ctx, sign):
    """plus/minus of a non-zero a: the value with the given sign, rounded."""
    if a._kind:
        nan = _nan_operands(ctx, a)
        if nan:
            return nan
        return _inf(sign), 0
    return _finish(sign, a._int, a._exp, ctx)


def _minus(a, ctx):
    if not a._kind and not a._int:
        sign = 1 if (a._sign == 0 and ctx._rounding == ROUND_FLOOR) else 0
        return _finish(sign, 0, a._exp, ctx)
    return _sign_op(a, ctx, 1 - a._sign)


def _plus(a, ctx):
    if not a._kind and not a._int:
        sign = 1 if (a._sign == 1 and ctx._rounding == ROUND_FLOOR) else 0
        return _finish(sign, 0, a._exp, ctx)
    return _sign_op(a, ctx, a._sign)


def _abs(a, ctx):
    return _minus(a, ctx) if a._sign else _plus(a, ctx)


def _fma(a, b, c, ctx):
    if a._kind or b._kind:
        for d in (a, b):
            if d._kind == 'N':
                return _quiet_nan(d, ctx), _INVALID
        for d in (a, b):
            if d._kind == 'n':
                if c._kind == 'N':
                    return _quiet_nan(c, ctx), _INVALID
                return _quiet_nan(d, ctx), 0
        if (a._kind == 'F' and not b._kind and not b._int) or \
                (b._kind == 'F' and not a._kind and not a._int):
            return _invalid()
        return _add(_inf(a._sign ^ b._sign), c, ctx)
    if c._kind:
        return _add(_new(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp), c, ctx)
    return _add_finite(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp,
                       c._sign, c._int, c._exp, ctx)


# ---- comparisons ----------------------------------------------------------------------

def _cmp(a, b):
    """-1, 0 or 1 as a <, ==, > b, for non-NaN Decimals."""
    if a._kind or b._kind:
        va = 0 if not a._kind else (-1 if a._sign else 1)
        vb = 0 if not b._kind else (-1 if b._sign else 1)
        if va or vb:
            if va == vb:
                return 0
            if va:
                return va
            return -vb
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    adj_a, adj_b = _adjusted(a), _adjusted(b)
    if adj_a != adj_b:
        c = 1 if adj_a > adj_b else -1
    else:
        exp = min(a._exp, b._exp)
        ca = a._int * _pow10(a._exp - exp)
        cb = b._int * _pow10(b._exp - exp)
        c = (ca > cb) - (ca < cb)
    return -c if a._sign else c


def _compare(a, b, ctx):
    nan = _nan_operands(ctx, a, b)
    if nan:
        return nan
    return _new(1 if _cmp(a, b) < 0 else 0, abs(_cmp(a, b)), 0), 0


def _compare_signal(a, b, ctx):
    nan = _nan_operands(ctx, a, b)
    if nan:
        return nan[0], _INVALID
    return _compare(a, b, ctx)


def _total_order(a, b):
    """compare_total: -1, 0 or 1 in the total order of representations."""
    def rank(d):
        # -qNaN < -sNaN < -Inf < finite < Inf < sNaN < qNaN
        r = {'': 0, 'F': 1, 'N': 2, 'n': 3}[d._kind]
        return -r if d._sign else r
    ra, rb = rank(a), rank(b)
    if ra != rb:
        return -1 if ra < rb else 1
    if a._kind in ('n', 'N'):
        c = (a._int > b._int) - (a._int < b._int)
        return -c if a._sign else c
    if a._kind == 'F':
        return 0
    if a._sign != b._sign:
        return -1 if a._sign else 1
    c = _cmp(a, b)
    if c == 0:
        c = (a._exp > b._exp) - (a._exp < b._exp)
        return -c if a._sign else c
    return c


def _minmax(a, b, ctx, want_max, magnitude):
    if a._kind in ('n', 'N') or b._kind in ('n', 'N'):
        if a._kind == 'N' or b._kind == 'N':
            return _nan_operands(ctx, a, b)
        if a._kind == 'n' and b._kind == 'n':
            return _quiet_nan(a, ctx), 0
        number = b if a._kind == 'n' else a
        return _round_to(number, ctx)
    c = _cmp(a.copy_abs(), b.copy_abs()) if magnitude else 0
    if c == 0:
        c = _cmp(a, b)
    if c == 0:
        c = _total_order(a, b)
    chosen = (a if c > 0 else b) if want_max else (a if c < 0 else b)
    return _round_to(chosen, ctx)


def _round_to(d, ctx):
    if d._kind:
        return d, 0
    return _finish(d._sign, d._int, d._exp, ctx)


def _max(a, b, ctx):
    return _minmax(a, b, ctx, True, False)


def _min(a, b, ctx):
    return _minmax(a, b, ctx, False, False)


def _max_mag(a, b, ctx):
    return _minmax(a, b, ctx, True, True)


def _min_mag(a, b, ctx):
    return _minmax(a, b, ctx, False, True)


# ---- rounding to an exponent ----------------------------------------------------------

def _quantize(a, e, ctx, rounding):
    if a._kind or e._kind:
        nan = _nan_operands(ctx, a, e)
        if nan:
            return nan
        if a._kind == 'F' and e._kind == 'F':
            return a if type(a) is Decimal else _new(a._sign, 0, 'F', 'F'), 0
        return _invalid()
    target = e._exp
    if not ctx.Etiny() <= target <= ctx._Emax:
        return _invalid()
    if not a._int:
        return _finish(a._sign, 0, target, ctx)
    adj = _adjusted(a)
    if adj > ctx._Emax or adj - target + 1 > ctx._prec:
        return _invalid()
    status = 0
    if target > a._exp:
        coef, inexact = _round_coef(a._sign, a._int, target - a._exp, rounding)
        status = _ROUNDED | (_INEXACT if inexact else 0)
    else:
        coef = a._int * _pow10(a._exp - target)
    if coef and (_ndigits(coef) > ctx._prec or _ndigits(coef) - 1 + target > ctx._Emax):
        return _invalid()
    if coef and _ndigits(coef) - 1 + target < ctx._Emin:
        status |= _SUBNORMAL
    return _finish(a._sign, coef, target, ctx, status)


def _normalize(a, ctx):
    if a._kind:
        nan = _nan_operands(ctx, a)
        if nan:
            return nan
        return _inf(a._sign), 0
    d, status = _finish(a._sign, a._int, a._exp, ctx)
    if d._kind:
        return d, status
    if not d._int:
        return _new(d._sign, 0, 0), status
    high = ctx.Etop() if ctx._clamp else ctx._Emax
    coef, exp = d._int, d._exp
    while exp < high and coef % 10 == 0:
        coef //= 10
        exp += 1
    return _new(d._sign, coef, exp), status


def _to_integral(a, ctx, rounding, exact):
    if a._kind:
        nan = _nan_operands(ctx, a)
        if nan:
            return nan
        return _inf(a._sign), 0
    if a._exp >= 0:
        return a if type(a) is Decimal else _new(a._sign, a._int, a._exp), 0
    if not a._int:
        return _new(a._sign, 0, 0), 0
    coef, inexact = _round_coef(a._sign, a._int, -a._exp, rounding)
    status = 0
    if exact:
        status = _ROUNDED | (_INEXACT if inexact else 0)
    return _new(a._sign, coef, 0), status


def _scaleb(a, b, ctx):
    nan = _nan_operands(ctx, a, b)
    if nan:
        return nan
    if b._kind or b._exp != 0:
        return _invalid()
    limit = 2 * (ctx._Emax + ctx._prec)
    if b._int > limit:
        return _invalid()
    if a._kind:
        return _inf(a._sign), 0
    shift = -b._int if b._sign else b._int
    return _finish(a._sign, a._int, a._exp + shift, ctx)


def _logb(a, ctx):
    if a._kind:
        nan = _nan_operands(ctx, a)
        if nan:
            return nan
        return _inf(0), 0
    if not a._int:
        return _inf(1), _DIVZERO
    adj = _adjusted(a)
    return _finish(1 if adj < 0 else 0, abs(adj), 0, ctx)


def _next_step(a, ctx, up):
    """next_plus (up) or next_minus of a, without flags."""
    if a._kind:
        nan = _nan_operands(ctx, a)
        if nan:
            return nan
        if a._sign == (0 if up else 1):
            return _inf(a._sign), 0
        return _new(a._sign, _pow10(ctx._prec) - 1, ctx.Etop()), 0
    rounding = ROUND_CEILING if up else ROUND_FLOOR
    if not a._int:
        d, _ = _finish(0 if up else 1, 1, ctx.Etiny() - 2, ctx, 0, rounding)
        return d, 0
    low = min(a._exp, _adjusted(a) - ctx._prec - 1) - 1
    coef = a._int * _pow10(a._exp - low)
    towards_zero = (a._sign == 0) != up
    coef = coef - 1 if towards_zero else coef + 1
    d, _ = _finish(a._sign, coef, low, ctx, 0, rounding)
    return d, 0


def _next_plus(a, ctx):
    return _next_step(a, ctx, True)


def _next_minus(a, ctx):
    return _next_step(a, ctx, False)


def _next_toward(a, b, ctx):
    nan = _nan_operands(ctx, a, b)
    if nan:
        return nan
    c = _cmp(a, b)
    if c == 0:
        return _new(b._sign, a._int, a._exp, a._kind), 0
    d, _ = _next_step(a, ctx, c < 0)
    status = 0
    if d._kind == 'F':
        status = _OVERFLOW | _INEXACT | _ROUNDED
    elif _adjusted(d) < ctx._Emin:
        status = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
        if not d._int:
            status |= _CLAMPED
    return d, status


# ---- digit-wise operations ------------------------------------------------------------

def _small_int_operand(b, ctx):
    """b as an int for shift/rotate, or None when it is not an integer in range."""
    if b._kind or b._exp != 0 or b._int > ctx._prec:
        return None
    return -b._int if b._sign else b._int


def _shift(a, b, ctx):
    nan = _nan_operands(ctx, a, b)
    if nan:
        return nan
    n = _small_int_operand(b, ctx)
    if n is None:
        return _invalid()
    if a._kind:
        return _inf(a._sign), 0
    coef = a._int * _pow10(n) if n >= 0 else a._int // _pow10(-n)
    coef %= _pow10(ctx._prec)
    return _new(a._sign, coef, a._exp), 0


def _rotate(a, b, ctx):
    nan = _nan_operands(ctx, a, b)
    if nan:
        return nan
    n = _small_int_operand(b, ctx)
    if n is None:
        return _invalid()
    if a._kind:
        return _inf(a._sign), 0
    prec = ctx._prec
    text = _digits_of(a._int % _pow10(prec)).rjust(prec, '0')
    n %= prec
    text = text[n:] + text[:n]
    return _new(a._sign, int(text), a._exp), 0


def _logical_digits(d, ctx):
    if d._kind or d._sign or d._exp != 0:
        return None
    text = _digits_of(d._int)
    if len(text) > ctx._prec or text.strip('01'):
        return None
    return text.rjust(ctx._prec, '0')


def _logical(a, b, ctx, op):
    x = _logical_digits(a, ctx)
    y = _logical_digits(b, ctx) if b is not None else '0' * ctx._prec
    if x is None or y is None:
        return _invalid()
    bits = ''.join(str(op(int(p), int(q))) for p, q in zip(x, y))
    return _new(0, int(bits), 0), 0


def _logical_and(a, b, ctx):
    return _logical(a, b, ctx, lambda p, q: p & q)


def _logical_or(a, b, ctx):
    return _logical(a, b, ctx, lambda p, q: p | q)


def _logical_xor(a, b, ctx):
    return _logical(a, b, ctx, lambda p, q: p ^ q)


def _logical_invert(a, ctx):
    return _logical(a, None, ctx, lambda p, q: 1 - p)


# ---- square root, exponential, logarithms, powers -------------------------------------
# exp, ln and log10 are correctly rounded (half even, whatever the context's rounding,
# as the C module's are): each is computed in fixed point with guard digits, and the
# computation is repeated with more digits until both ends of its error interval round
# to the same result.

def _sqrt(a, ctx):
    if a._kind:
        nan = _nan_operands(ctx, a)
        if nan:
            return nan
        if a._sign:
            return _invalid()
        return _inf(0), 0
    ideal = a._exp // 2
    if not a._int:
        return _finish(a._sign, 0, ideal, ctx)
    if a._sign:
        return _invalid()
    coef, exp = a._int, a._exp
    if exp & 1:
        coef *= 10
        exp -= 1
    shift = max(0, (2 * ctx._prec + 2 - _ndigits(coef)) // 2)
    n = coef * _pow10(2 * shift)
    root = _math.isqrt(n)
    exp = exp // 2 - shift
    if root * root == n:
        root, exp = _strip_zeros(root, exp, ideal)
    elif root % 5 == 0:
        root += 1  # sticky digit
    return _finish(0, root, exp, ctx, 0, ROUND_HALF_EVEN)


_LN10_CACHE = [0, 0]  # [scale, ln(10) * 10**scale]


def _ln_reduced(y, scale):
    """ln(y / 10**scale) * 10**scale for 1 <= y / 10**scale <= 10 (error a few units):
    square roots bring the argument near 1, where the atanh series is fast."""
    one = _pow10(scale)
    halvings = 0
    limit = one + one // 10
    while y > limit:
        y = _math.isqrt(y * one)
        halvings += 1
    z = (y - one) * one // (y + one)
    z2 = z * z // one
    total, term, n = 0, z, 1
    while term:
        total += term // n
        term = term * z2 // one
        n += 2
    return 2 * total << halvings


def _ln10(scale):
    """ln(10) * 10**scale, truncated (cached)."""
    if _LN10_CACHE[0] < scale:
        work = scale + 10
        _LN10_CACHE[0] = scale + 10
        _LN10_CACHE[1] = _ln_reduced(10 * _pow10(work), work)
    return _LN10_CACHE[1] // _pow10(_LN10_CACHE[0] - scale)


def _ln_fixed(coef, exp, scale):
    """ln(coef * 10**exp) * 10**scale, within a few units."""
    nd = _ndigits(coef)
    work = scale + 8
    k = exp + nd - 1  # the value is m * 10**k with 1 <= m < 10
    if nd - 1 <= work:
        y = coef * _pow10(work - nd + 1)
    else:
        y = coef // _pow10(nd - 1 - work)
    total = _ln_reduced(y, work)
    if k:
        extra = _ndigits(abs(k)) + 2
        total += k * _ln10(work + extra) // _pow10(extra)
    return total // _pow10(8)


def _exp_fixed(value, scale, digits):
    """exp(value / 10**scale) as (m, x) with m * 10**x within 10**-digits relative
    (m has about digits + 1 digits)."""
    work = digits + 12
    if scale > work:
        v = value // _pow10(scale - work)
    else:
        v = value * _pow10(work - scale)
    one = _pow10(work)
    # exp(v) = 10**k * exp(r) with r = v - k * ln(10) small; ln(10) needs as many
    # more digits as k has.
    extra = max(0, _ndigits(abs(v)) - work) + 3
    ln10 = _ln10(work + extra)
    k = (v * _pow10(extra) + ln10 // 2) // ln10
    r = v - k * ln10 // _pow10(extra)
    halvings = 10
    r >>= halvings
    total, term, n = one, one, 1
    while term:
        term = term * r // (one * n)
        total += term
        n += 1
    for _ in range(halvings):
        total = total * total // one
    return total, k - work


def _correctly_rounded(sign, coef, exp, err, ctx):
    """The result for the approximation coef * 10**exp (off by at most err units) if
    every value within the error rounds (half even) to the same number, else None."""
    rounding = ROUND_HALF_EVEN
    lo, _ = _finish(sign, coef - err, exp, ctx, 0, rounding)
    hi, _ = _finish(sign, coef + err, exp, ctx, 0, rounding)
    if lo._kind != hi._kind or lo._int != hi._int or lo._exp != hi._exp:
        return None
    result, status = _finish(sign, coef, exp, ctx, 0, rounding)
    return result, status | _INEXACT | _ROUNDED


def _exp(a, ctx):
    if a._kind:
        nan = _nan_operands(ctx, a)
        if nan:
            return nan
        return (_new(0, 0, 0), 0) if a._sign else (_inf(0), 0)
    if not a._int:
        return _new(0, 1, 0), 0
    prec = ctx._prec
    adj = _adjusted(a)
    if adj < -prec - 3:
        # exp(x) is 1 + x, within far less than half a unit of the last place of
        # 1.000...: rounded half even, that is 1 with prec digits.
        shift = prec - 1
        result, status = _finish(0, _pow10(shift), -shift, ctx, 0, ROUND_HALF_EVEN)
        return result, status | _INEXACT | _ROUNDED
    if adj > 20:
        # Far beyond any exponent limit: an overflow, or an underflow to zero.
        if a._sign:
            return _finish(0, 1, ctx.Etiny() - 10, ctx, _INEXACT | _ROUNDED, ROUND_HALF_EVEN)
        return _finish(0, 1, ctx._Emax + 10, ctx, 0, ROUND_HALF_EVEN)
    value = -a._int if a._sign else a._int
    scale = -a._exp
    if scale < 0:
        value *= _pow10(-scale)
        scale = 0
    digits = prec + 4
    while True:
        m, x = _exp_fixed(value, scale, digits)
        result = _correctly_rounded(0, m, x, _pow10(12) // 100, ctx)
        if result is not None:
            return result
        digits += max(10, digits // 2)


def _is_one(a, signed=True):
    """Whether a is 1 (or -1 too, unless signed), in any representation (1.000)."""
    return (not a._kind and not (signed and a._sign) and a._exp <= 0
            and _ndigits(a._int) == 1 - a._exp and a._int == _pow10(-a._exp))


def _ln(a, ctx):
    if a._kind:
        nan = _nan_operands(ctx, a)
        if nan:
            return nan
        return (_invalid() if a._sign else (_inf(0), 0))
    if not a._int:
        return _inf(1), 0
    if a._sign:
        return _invalid()
    if _is_one(a):
        return _new(0, 0, 0), 0
    return _log_rounded(a, ctx, False)


def _log_rounded(a, ctx, base10):
    prec = ctx._prec
    scale = prec + 6
    while True:
        value = _ln_fixed(a._int, a._exp, scale)
        err = 10
        if base10:
            value = value * _pow10(scale) // _ln10(scale)
            err = 20
        digits = _ndigits(abs(value))
        if digits < prec + 4:
            scale += prec + 4 - digits + 2
            continue
        result = _correctly_rounded(1 if value < 0 else 0, abs(value), -scale, err, ctx)
        if result is not None:
            return result
        scale += max(10, scale // 2)


def _log10(a, ctx):
    if a._kind:
        nan = _nan_operands(ctx, a)
        if nan:
            return nan
        return (_invalid() if a._sign else (_inf(0), 0))
    if not a._int:
        return _inf(1), 0
    if a._sign:
        return _invalid()
    coef, exp = a._int, a._exp
    while coef % 10 == 0:
        coef //= 10
        exp += 1
    if coef == 1:
        return _finish(1 if exp < 0 else 0, abs(exp), 0, ctx)
    return _log_rounded(a, ctx, True)


# Powers follow libmpdec's algorithm step by step, since its results are not always
# the correctly rounded ones and CPython's are what programs print: the special cases,
# then powers of one, then a test that finds certain overflows and underflows from the
# operands' exponents, then for an integral exponent binary powering with a few more
# digits (rounded half even at each step, within the context's exponent limits), and
# for any other exponent exp(y * ln(x)) with 23 more digits, each step correctly
# rounded; the result is finally rounded to the context.

_EXP_INF = 2000000000000000001  # an exponent beyond every limit (libmpdec's)
_EXPDIGITS = 19


def _work_context(prec, emin, emax):
    """A context for intermediate results: rounding half even, no clamping."""
    ctx = object.__new__(Context)
    for name, value in (('_prec', prec), ('_rounding', ROUND_HALF_EVEN), ('_Emin', emin),
                        ('_Emax', emax), ('_capitals', 1), ('_clamp', 0), ('_flags', 0),
                        ('_traps', 0)):
        object.__setattr__(ctx, name, value)
    return ctx


def _digit_count(n):
    """Digits of |n| (1 for 0), for exponents."""
    return len(str(abs(n)))


def _pow(a, b, ctx):
    nan = _nan_operands(ctx, a, b)
    if nan:
        return nan
    integral = _is_integral(b)
    odd = False
    if integral:
        if b._exp == 0:
            odd = b._int & 1
        elif b._exp < 0:
            odd = (b._int // _pow10(-b._exp)) & 1
    sign = 1 if (a._sign and odd) else 0
    b_zero = not b._kind and not b._int
    if not a._kind and not a._int:
        if b_zero:
            return _invalid()
        return (_inf(sign), 0) if b._sign else (_new(sign, 0, 0), 0)
    if a._sign and not integral:
        return _invalid()
    if b._kind == 'F':
        c = _cmp(a, _new(0, 1, 0))
        if c == 0:
            shift = ctx._prec - 1
            return _new(sign, _pow10(shift), -shift), _INEXACT | _ROUNDED
        if c * (-1 if b._sign else 1) < 0:
            return _new(sign, 0, 0), 0
        return _inf(sign), 0
    if a._kind == 'F':
        if b_zero:
            return _new(sign, 1, 0), 0
        return (_new(sign, 0, 0), 0) if b._sign else (_inf(sign), 0)
    if b_zero:
        return _new(sign, 1, 0), 0
    if _is_one(a, False):
        # a power of one
        if integral:
            if b._sign:
                return _new(sign, 1, 0), 0
            if not a._exp:
                shift = 0
            elif b._exp <= 6:
                shift = _integral_value(b) * -a._exp
            else:
                shift = ctx._prec  # b is huge: more digits than the precision
            status = 0
            if shift > ctx._prec - 1:
                shift, status = ctx._prec - 1, _ROUNDED
        else:
            shift, status = ctx._prec - 1, _INEXACT | _ROUNDED
        return _new(sign, _pow10(shift), -shift), status
    bound = _pow_bounds(a, b, sign, ctx)
    if bound is not None:
        return bound
    if integral:
        return _pow_int(a, b, sign, ctx)
    return _pow_real(a, b, ctx)


def _pow_bounds(a, b, sign, ctx):
    """The result of a ** b when its exponent alone shows an overflow or an underflow
    (libmpdec's bounds from log10(|log10(x)|) and log10(|y|)), else None."""
    lb_theta = _adjusted(b)
    t = _adjusted(a)
    if t > 0:
        lb_zeta = _digit_count(t) - 1
    elif t < -1:
        lb_zeta = _digit_count(t + 1) - 1
    else:
        low = min(a._exp, 0)
        diff = abs(a._int * _pow10(a._exp - low) - _pow10(-low))
        u = _ndigits(diff) - 1 + low
        lb_zeta = u - 2 if t == 0 else u - 1
    if (t < 0) == bool(b._sign):
        if _digit_count(ctx._Emax) < lb_zeta + lb_theta:
            return _finish(sign, 1, _EXP_INF, ctx)
    elif _digit_count(ctx.Etiny()) < lb_zeta + lb_theta:
        return _finish(sign, 1, ctx.Etiny() - 1, ctx)
    return None


def _is_integral(d):
    """Whether d is finite and an integer."""
    if d._kind:
        return False
    if d._exp >= 0 or not d._int:
        return True
    if -d._exp > _ndigits(d._int):
        return False
    return d._int % _pow10(-d._exp) == 0


def _integral_value(d):
    """The int a finite integral Decimal equals."""
    if d._exp >= 0:
        n = d._int * _pow10(d._exp)
    else:
        n = d._int // _pow10(-d._exp)
    return -n if d._sign else n


def _pow_int(a, b, sign, ctx):
    work = _work_context(ctx._prec + _ndigits(b._int) + b._exp + 2, ctx._Emin, ctx._Emax)
    status = 0
    base = _new(a._sign, a._int, a._exp)
    if b._sign:
        work._prec += 1
        base, status = _div(_new(0, 1, 0), base, work)
        if base._kind in ('n', 'N'):
            return base, status
    n = abs(_integral_value(b)) if b._exp < 20 else None
    if n is None:
        # An exponent with more than about 20 digits: only powers that overflow or
        # underflow get here; square until they do.
        n = 1 << 70
    result = base
    steps = 0
    for bit in bin(n)[3:]:
        result, s = _mul(result, result, work)
        steps |= s
        if bit == '1':
            result, s = _mul(result, base, work)
            steps |= s
        if result._kind or (not result._int and steps & _CLAMPED):
            break
    status |= steps
    if result._kind == 'F':
        return _finish(sign, 1, _EXP_INF, ctx, status)
    if result._kind:
        return result, status
    return _finish(sign, result._int, result._exp, ctx, status)


def _pow_real(a, b, ctx):
    """a ** b for a > 0 and a non-integral b, as exp(b * ln(a))."""
    work = _work_context(max(_ndigits(a._int), ctx._prec) + 4 + _EXPDIGITS,
                         MIN_EMIN, MAX_EMAX)
    r, s = _ln(a, work)
    errors = s & _ALL_INVALID
    r, s = _mul(r, b, work)
    errors |= s & _ALL_INVALID
    r, status = _exp(r, work)
    status |= errors | _INEXACT | _ROUNDED
    if r._kind == 'F':
        return _finish(0, 1, _EXP_INF, ctx, status)
    if r._kind:
        return r, status
    if _is_one(r):
        shift = ctx._prec - 1
        r = _new(0, _pow10(shift), -shift)
    return _finish(r._sign, r._int, r._exp, ctx, status)


def _powmod(a, b, m, ctx):
    nan = _nan_operands(ctx, a, b, m)
    if nan:
        return nan
    if a._kind or b._kind or m._kind or not (_is_integral(a) and _is_integral(b)
                                              and _is_integral(m)):
        return _invalid()
    x, y, z = _integral_value(a), _integral_value(b), _integral_value(m)
    if y < 0 or z == 0 or (x == 0 and y == 0):
        return _invalid()
    if _ndigits(abs(z)) > ctx._prec:
        return _invalid()
    r = pow(abs(x), y, abs(z))
    sign = 1 if x < 0 and y & 1 else 0
    return _new(sign, r, 0), 0


# ---- the methods that only pass their operands on ---------------------------------------
# Made here in loops rather than written out one by one: the same few lines sixty times
# over would cost the engine's library bundle several kilobytes.

def _name(fn, cls, name):
    fn.__name__ = name
    fn.__qualname__ = cls.__name__ + '.' + name
    setattr(cls, name, fn)


def _decimal_operator(fn, symbol, reflected):
    # (A Decimal operand, the common case, skips the conversion call.)
    if reflected:
        def method(self, other, context=None):
            o = other if type(other) is Decimal else _operand(other, context, symbol, True)
            return o if o is NotImplemented else _binary(fn, o, self, context)
    else:
        def method(self, other, context=None):
            o = other if type(other) is Decimal else _operand(other, context, symbol)
            return o if o is NotImplemented else _binary(fn, self, o, context)
    return method


for _names, _fn, _symbol in ((('__add__', '__radd__'), _add, '+'),
                             (('__sub__', '__rsub__'), _sub, '-'),
                             (('__mul__', '__rmul__'), _mul, '*'),
                             (('__truediv__', '__rtruediv__'), _div, '/'),
                             (('__floordiv__', '__rfloordiv__'), _divint, '//'),
                             (('__mod__', '__rmod__'), _rem, '%')):
    _name(_decimal_operator(_fn, _symbol, False), Decimal, _names[0])
    _name(_decimal_operator(_fn, _symbol, True), Decimal, _names[1])


def _unary_methods(fn):
    def method(self, context=None):
        return _unary(fn, self, context)

    def context_method(self, a):
        result, status = fn(_method_operand(a), self)
        self._signal(status)
        return result
    return method, context_method


def _binary_methods(fn):
    def method(self, other, context=None):
        return _binary(fn, self, _method_operand(other), context)

    def context_method(self, a, b):
        result, status = fn(_method_operand(a), _method_operand(b), self)
        self._signal(status)
        return result
    return method, context_method


for _name_, _fn in (('normalize', _normalize), ('sqrt', _sqrt), ('exp', _exp), ('ln', _ln),
                    ('log10', _log10), ('logb', _logb), ('next_plus', _next_plus),
                    ('next_minus', _next_minus), ('logical_invert', _logical_invert),
                    ('abs', _abs), ('minus', _minus), ('plus', _plus)):
    _method, _context_method = _unary_methods(_fn)
    if _name_ not in ('abs', 'minus', 'plus'):
        _name(_method, Decimal, _name_)
    _name(_context_method, Context, _name_)

for _name_, _fn in (('compare', _compare), ('compare_signal', _compare_signal), ('max', _max),
                    ('min', _min), ('max_mag', _max_mag), ('min_mag', _min_mag),
                    ('remainder_near', _rem_near), ('scaleb', _scaleb),
                    ('next_toward', _next_toward), ('shift', _shift), ('rotate', _rotate),
                    ('logical_and', _logical_and), ('logical_or', _logical_or),
                    ('logical_xor', _logical_xor), ('add', _add), ('subtract', _sub),
                    ('multiply', _mul), ('divide', _div), ('divide_int', _divint),
                    ('remainder', _rem)):
    _method, _context_method = _binary_methods(_fn)
    if _name_ not in ('add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder'):
        _name(_method, Decimal, _name_)
    _name(_context_method, Context, _name_)


def _delegate(name):
    def context_method(self, a):
        return getattr(_method_operand(a), name)()
    return context_method


for _name_ in ('is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_snan', 'is_signed',
               'is_zero', 'copy_abs', 'copy_negate'):
    _name(_delegate(_name_), Context, _name_)

del _names, _fn, _symbol, _name_, _method, _context_method
