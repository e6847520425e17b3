"""Dates and times: timedelta, date, time, datetime, timezone, tzinfo.

Proleptic Gregorian calendar, microsecond resolution, reprs/strs/isoformat/strftime as
CPython prints them. now(), today() and fromtimestamp() read time.time(), so under the
virtual clock they start at 1700000000 (2023-11-14 22:13:20 UTC). Local time is UTC.

Representation: a timedelta is one integer of microseconds; a date keeps its year,
month and day and converts to and from day numbers with closed formulas (days since
0000-03-01 in 400-year eras, months counted from March so the leap day comes last);
datetime arithmetic goes through microseconds since 0001-01-01.
"""

import time as _time
import math as _math

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR",
           "MAXYEAR", "UTC"]

MINYEAR = 1
MAXYEAR = 9999

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
              "Sunday"]

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DAYS = 999999999


# ---- the calendar ----------------------------------------------------------------------

def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2:
        return 29 if _leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


# Day numbers count from 0001-01-01 = 1 (date.toordinal()). Internally the formulas
# work from 0000-03-01 ("day 0 of era 0"): shifting the year start to March puts
# February, and its leap day, at the end of the year, so the day of the year follows
# from the month by one linear expression, and an era of 400 years is 146097 days.
_ERA_DAYS = 146097
_MARCH_ZERO_TO_ORDINAL = -306   # 0000-03-01 is ordinal -306 (0001-01-01 is 1)


def _to_ordinal(year, month, day):
    shifted_year = year - 1 if month <= 2 else year
    era, year_of_era = divmod(shifted_year, 400)
    march_month = month - 3 if month > 2 else month + 9
    day_of_year = (153 * march_month + 2) // 5 + day - 1
    day_of_era = (year_of_era * 365 + year_of_era // 4 - year_of_era // 100
                  + day_of_year)
    return era * _ERA_DAYS + day_of_era + _MARCH_ZERO_TO_ORDINAL + 1


def _from_ordinal(ordinal):
    era, day_of_era = divmod(ordinal - 1 - _MARCH_ZERO_TO_ORDINAL, _ERA_DAYS)
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524
                   - day_of_era // (_ERA_DAYS - 1)) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4
                                - year_of_era // 100)
    march_month = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * march_month + 2) // 5 + 1
    month = march_month + 3 if march_month < 10 else march_month - 9
    year = era * 400 + year_of_era + (1 if month <= 2 else 0)
    return year, month, day


def _day_of_year(year, month, day):
    return _to_ordinal(year, month, day) - _to_ordinal(year, 1, 1) + 1


_MAX_ORDINAL = _to_ordinal(MAXYEAR, 12, 31)
_EPOCH_ORDINAL = _to_ordinal(1970, 1, 1)


def _first_iso_monday(year):
    # The ordinal of the Monday of ISO week 1 of year (the week holding 4 January).
    fourth = _to_ordinal(year, 1, 4)
    return fourth - (fourth + 6) % 7


def _as_int(value):
    # An int argument the way CPython's C functions take one (bools and __index__ objects
    # too, never floats).
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), "__index__"):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _valid_date(year, month, day):
    year, month, day = _as_int(year), _as_int(month), _as_int(day)
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if month < 1 or month > 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or day > _month_length(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


_TIME_LIMITS = (("hour", 23), ("minute", 59), ("second", 59), ("microsecond", 999999))


def _valid_time(hour, minute, second, microsecond, tz, fold):
    fields = []
    for value, (name, top) in zip((hour, minute, second, microsecond), _TIME_LIMITS):
        value = _as_int(value)
        if value < 0 or value > top:
            raise ValueError("%s must be in 0..%d" % (name, top))
        fields.append(value)
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not "
                        "type '%s'" % type(tz).__name__)
    return fields


def _class_name(obj):
    kind = type(obj)
    return "%s.%s" % (kind.__module__, kind.__qualname__)


# ---- text: times of day and UTC offsets ------------------------------------------------------

_TIMESPEC_PIECES = {"hours": 1, "minutes": 2, "seconds": 3, "milliseconds": 4,
                    "microseconds": 5}


def _clock_text(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    pieces = _TIMESPEC_PIECES.get(timespec)
    if pieces is None:
        raise ValueError("Unknown timespec value")
    text = ":".join("%02d" % n for n in (hour, minute, second)[:min(pieces, 3)])
    if pieces == 4:
        text += ".%03d" % (microsecond // 1000)
    elif pieces == 5:
        text += ".%06d" % microsecond
    return text


def _offset_text(offset, separator=":"):
    # +HH:MM, with :SS and .ffffff only when they are not zero ('' for None).
    if offset is None:
        return ""
    us = offset._us
    sign = "-" if us < 0 else "+"
    seconds, micro = divmod(abs(us), _US_PER_SECOND)
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hour, separator, minute)
    if second or micro:
        text += "%s%02d" % (separator, second)
        if micro:
            text += ".%06d" % micro
    return text


def _checked_offset(offset, method):
    # What a tzinfo's utcoffset()/dst() returned, checked as CPython checks it.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, type(offset).__name__))
    if not -_US_PER_DAY < offset._us < _US_PER_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                         " and timedelta(hours=24).")
    return offset


# ---- ISO 8601 parsing (what fromisoformat() accepts in 3.11) -------------------------------

class _BadIso(Exception):
    """Raised inside the ISO parsers; fromisoformat() turns it into its ValueError."""


def _digits(text, start, count):
    piece = text[start:start + count]
    if len(piece) != count or not (piece.isdigit() and piece.isascii()):
        raise _BadIso
    return int(piece)


def _date_length(text):
    # How many characters of text are the date in a date-and-time string.
    if len(text) == 7:
        return 7
    if text[4:5] == "-":
        if text[5:6] != "W":
            return 10
        if text[8:9] == "-" and not (len(text) > 10 and text[10].isdigit()):
            return 10
        return 8
    if text[4:5] == "W":
        end = 7
        while end < len(text) and text[end].isdigit():
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def _parse_iso_date(text):
    # (year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D].
    year = _digits(text, 0, 4)
    extended = text[4:5] == "-"
    rest = text[5:] if extended else text[4:]
    if rest[:1] == "W":
        week = _digits(rest, 1, 2)
        weekday = 1
        tail = rest[3:]
        if tail:
            if extended:
                if tail[0] != "-" or len(tail) != 2:
                    raise _BadIso
                tail = tail[1:]
            if len(tail) != 1:
                raise _BadIso
            weekday = _digits(tail, 0, 1)
        try:
            return _iso_week_date(year, week, weekday)
        except ValueError:
            raise _BadIso from None
    if extended:
        if len(rest) != 5 or rest[2] != "-":
            raise _BadIso
        return year, _digits(rest, 0, 2), _digits(rest, 3, 2)
    if len(rest) != 4:
        raise _BadIso
    return year, _digits(rest, 0, 2), _digits(rest, 2, 2)


def _iso_week_date(year, week, weekday):
    # (year, month, day) of an ISO week date, with CPython's messages.
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    weeks = 53 if _first_iso_monday(year + 1) - _first_iso_monday(year) == 53 * 7 else 52
    if not 0 < week <= weeks:
        raise ValueError("Invalid week: %d" % week)
    if not 0 < weekday < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % weekday)
    return _from_ordinal(_first_iso_monday(year) + (week - 1) * 7 + weekday - 1)


def _parse_clock(text):
    # [hour, minute, second, microsecond] of HH[:MM[:SS]][.fff] or HH[MM[SS]][.fff] (a ','
    # may stand for the '.'; digits past the sixth are dropped).
    fraction = None
    for mark in ".,":
        if mark in text:
            text, fraction = text.split(mark, 1)
            break
    if ":" in text:
        fields = text.split(":")
        if len(fields) > 3 or any(len(field) != 2 for field in fields):
            raise _BadIso
    else:
        if len(text) not in (2, 4, 6):
            raise _BadIso
        fields = [text[i:i + 2] for i in range(0, len(text), 2)]
    values = [_digits(field, 0, 2) for field in fields] + [0, 0]
    micro = 0
    if fraction is not None:
        if not fraction or not (fraction.isdigit() and fraction.isascii()):
            raise _BadIso
        micro = int(fraction[:6].ljust(6, "0"))
    return values[:3] + [micro]


def _parse_iso_time(text):
    # [hour, minute, second, microsecond, tzinfo] of an ISO time with an optional Z or
    # +/-HH[:MM[:SS[.ffffff]]] zone.
    cut = len(text)
    for mark in "Z+-":
        where = text.find(mark)
        if where != -1:
            cut = min(cut, where)
    clock, zone = text[:cut], text[cut:]
    fields = _parse_clock(clock)
    tz = None
    if zone == "Z":
        tz = timezone.utc
    elif zone:
        hours, minutes, seconds, micro = _parse_clock(zone[1:])
        span = timedelta(hours=hours, minutes=minutes, seconds=seconds,
                         microseconds=micro)
        tz = timezone(-span if zone[0] == "-" else span)
    return fields + [tz]


def _invalid_iso(text):
    return ValueError("Invalid isoformat string: %r" % (text,))


# ---- strftime -------------------------------------------------------------------------

def _strftime(fmt, tt, microsecond=0, offset=None, tzname=None):
    # Formats a (year, month, day, hour, minute, second, weekday, yday) tuple.
    year, month, day, hour, minute, second, weekday, yday = tt
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i >= n:
            out.append(ch)
            continue
        code = fmt[i]
        i += 1
        if code == "Y":
            out.append("%d" % year if year >= 1000 else "%d" % year)
        elif code == "C":
            out.append("%02d" % (year // 100))
        elif code == "y":
            out.append("%02d" % (year % 100))
        elif code == "m":
            out.append("%02d" % month)
        elif code == "d":
            out.append("%02d" % day)
        elif code == "e":
            out.append("%2d" % day)
        elif code == "H":
            out.append("%02d" % hour)
        elif code == "I":
            out.append("%02d" % ((hour % 12) or 12))
        elif code == "M":
            out.append("%02d" % minute)
        elif code == "S":
            out.append("%02d" % second)
        elif code == "f":
            out.append("%06d" % microsecond)
        elif code == "p":
            out.append("AM" if hour < 12 else "PM")
        elif code == "A":
            out.append(_DAY_NAMES[weekday])
        elif code == "a":
            out.append(_DAY_NAMES[weekday][:3])
        elif code == "B":
            out.append(_MONTH_NAMES[month - 1])
        elif code in "bh":
            out.append(_MONTH_NAMES[month - 1][:3])
        elif code == "j":
            out.append("%03d" % yday)
        elif code == "w":
            out.append("%d" % ((weekday + 1) % 7))
        elif code == "u":
            out.append("%d" % (weekday + 1))
        elif code == "U":
            out.append("%02d" % ((yday + 6 - (weekday + 1) % 7) // 7))
        elif code == "W":
            out.append("%02d" % ((yday + 6 - weekday) // 7))
        elif code in "GVg":
            iso_year, iso_week, _ = date(year, month, day).isocalendar()
            if code == "G":
                out.append("%d" % iso_year)
            elif code == "g":
                out.append("%02d" % (iso_year % 100))
            else:
                out.append("%02d" % iso_week)
        elif code == "z":
            out.append(_offset_text(offset, "") if offset is not None else "")
        elif code == "Z":
            out.append(tzname or "")
        elif code == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAY_NAMES[weekday][:3], _MONTH_NAMES[month - 1][:3], day, hour, minute,
                second, year))
        elif code == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif code == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif code == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif code == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif code == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif code == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif code == "n":
            out.append("\n")
        elif code == "t":
            out.append("\t")
        elif code == "%":
            out.append("%")
        else:
            out.append("%" + code)
    return "".join(out)


# ---- timedelta -------------------------------------------------------------------------------

# The keyword arguments in the order CPython adds them up (which decides which bad
# argument a TypeError names), with their size in microseconds.
_SPAN_UNITS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", _US_PER_SECOND),
               ("minutes", 60 * _US_PER_SECOND), ("hours", 3600 * _US_PER_SECOND),
               ("days", _US_PER_DAY), ("weeks", 7 * _US_PER_DAY))


def _span(cls, us):
    # A timedelta of us microseconds, after the range check.
    if not -_MAX_DAYS * _US_PER_DAY <= us < (_MAX_DAYS + 1) * _US_PER_DAY:
        days = us // _US_PER_DAY
        if not -2**31 <= days < 2**31:
            # CPython's message when the day count does not even fit its C int.
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DAYS))
    made = object.__new__(cls)
    made._us = us
    return made


def _nearest_even(numerator, denominator):
    # numerator / denominator rounded to an integer, halves to even.
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if denominator < 0:
        twice, denominator = -twice, -denominator
    if twice > denominator or (twice == denominator and quotient % 2):
        quotient += 1
    return quotient



def _order_in_utc(a, b, equality, what):
    # -1, 0 or 1 for two times or two datetimes, comparing their UTC values when their
    # zones differ; None when one is naive and the other aware and only equality is
    # asked (what names them in the TypeError otherwise).
    if a._tzinfo is b._tzinfo:
        mine, theirs = a._microseconds(), b._microseconds()
    else:
        my_offset, their_offset = a.utcoffset(), b.utcoffset()
        if (my_offset is None) != (their_offset is None):
            if equality:
                return None
            raise TypeError(f"can't compare offset-naive and offset-aware {what}")
        mine, theirs = a._microseconds(), b._microseconds()
        if my_offset is not None:
            mine -= my_offset._us
            theirs -= their_offset._us
    return (mine > theirs) - (mine < theirs)

class timedelta:
    """A duration, kept as a whole number of microseconds; days, seconds (0..86399)
    and microseconds (0..999999) are read from it, so only days may be negative."""

    __slots__ = ("_us",)

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        given = {"days": days, "seconds": seconds, "microseconds": microseconds,
                 "milliseconds": milliseconds, "minutes": minutes, "hours": hours,
                 "weeks": weeks}
        total = 0
        # Fractions of a microsecond from float arguments, rounded once at the end.
        spare = 0.0
        for name, size in _SPAN_UNITS:
            amount = given[name]
            if isinstance(amount, int):
                total += amount * size
            elif isinstance(amount, float):
                fraction, whole = _math.modf(amount)
                total += int(whole) * size
                if fraction:
                    spare_fraction, spare_whole = _math.modf(fraction * size)
                    total += int(spare_whole)
                    spare += spare_fraction
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(amount).__name__))
        if spare:
            rounded = round(spare)
            if abs(rounded - spare) == 0.5:
                # A tie goes to whichever neighbour makes the whole total even.
                rounded = _math.floor(spare)
                if (total + rounded) % 2:
                    rounded += 1
            total += int(rounded)
        return _span(cls, total)

    days = property(lambda self: self._us // _US_PER_DAY)
    seconds = property(lambda self: self._us % _US_PER_DAY // _US_PER_SECOND)
    microseconds = property(lambda self: self._us % _US_PER_SECOND)

    def total_seconds(self):
        return self._us / _US_PER_SECOND

    def __repr__(self):
        named = [(label, value) for label, value in
                 (("days", self.days), ("seconds", self.seconds),
                  ("microseconds", self.microseconds)) if value]
        inside = ", ".join("%s=%d" % pair for pair in named) or "0"
        return "%s(%s)" % (_class_name(self), inside)

    def __str__(self):
        days, rest = divmod(self._us, _US_PER_DAY)
        seconds, micro = divmod(rest, _US_PER_SECOND)
        text = "%d:%02d:%02d" % (seconds // 3600, seconds // 60 % 60, seconds % 60)
        if days:
            text = "%d day%s, %s" % (days, "" if abs(days) == 1 else "s", text)
        if micro:
            text += ".%06d" % micro
        return text

    def __reduce__(self):
        return (type(self), (self.days, self.seconds, self.microseconds))

    # -- arithmetic ------------------------------------------------------------------

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _span(timedelta, self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _span(timedelta, self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _span(timedelta, other._us - self._us)
        return NotImplemented

    def __neg__(self):
        return _span(timedelta, -self._us)

    def __pos__(self):
        return self

    def __abs__(self):
        return _span(timedelta, abs(self._us))

    def __mul__(self, other):
        if isinstance(other, int):
            return _span(timedelta, self._us * other)
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            return _span(timedelta, _nearest_even(self._us * top, bottom))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _span(timedelta, _nearest_even(self._us, other))
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            if not top:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _span(timedelta, _nearest_even(self._us * bottom, top))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        if isinstance(other, int):
            return _span(timedelta, self._us // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _span(timedelta, self._us % other._us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            quotient, rest = divmod(self._us, other._us)
            return quotient, _span(timedelta, rest)
        return NotImplemented

    # -- comparison --------------------------------------------------------------------

    def __eq__(self, other):
        return self._us == other._us if isinstance(other, timedelta) else NotImplemented

    def __ne__(self, other):
        return self._us != other._us if isinstance(other, timedelta) else NotImplemented

    def __lt__(self, other):
        return self._us < other._us if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._us <= other._us if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._us > other._us if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._us >= other._us if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        # The same as CPython's (the hash of the days/seconds/microseconds triple), so
        # sets of durations iterate in the same order.
        return hash((self.days, self.seconds, self.microseconds))

    def __bool__(self):
        return self._us != 0


timedelta.min = _span(timedelta, -_MAX_DAYS * _US_PER_DAY)
timedelta.max = _span(timedelta, (_MAX_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _span(timedelta, 1)


# ---- date ----------------------------------------------------------------------------

def _new_date(cls, year, month, day):
    made = object.__new__(cls)
    made._ymd = (year, month, day)
    return made


class date:
    """A calendar date (year, month, day)."""

    __slots__ = ("_ymd",)

    def __new__(cls, year, month=None, day=None):
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        return _new_date(cls, *_valid_date(year, month, day))

    year = property(lambda self: self._ymd[0])
    month = property(lambda self: self._ymd[1])
    day = property(lambda self: self._ymd[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        if not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__)
        return cls(*_from_ordinal(_math.floor(t) // 86400 + _EPOCH_ORDINAL))

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(text) not in (7, 8, 10):
            raise _invalid_iso(text)
        try:
            fields = _parse_iso_date(text)
        except _BadIso:
            raise _invalid_iso(text) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_week_date(_as_int(year), _as_int(week), _as_int(day)))

    # -- text --------------------------------------------------------------------------

    def __repr__(self):
        return "%s(%d, %d, %d)" % ((_class_name(self),) + self._ymd)

    def isoformat(self):
        return "%04d-%02d-%02d" % self._ymd

    __str__ = isoformat

    def ctime(self):
        year, month, day = self._ymd
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()][:3],
                                            _MONTH_NAMES[month - 1][:3], day, year)

    def _fields_for_strftime(self):
        year, month, day = self._ymd
        return (year, month, day, 0, 0, 0, self.weekday(), _day_of_year(year, month, day))

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        return _strftime(fmt, self._fields_for_strftime())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        fields = self._fields_for_strftime() + (-1,)
        if hasattr(_time, "struct_time"):
            return _time.struct_time(fields)
        return fields

    # -- calendar facts ----------------------------------------------------------------

    def toordinal(self):
        return _to_ordinal(*self._ymd)

    def weekday(self):
        return (_to_ordinal(*self._ymd) + 6) % 7

    def isoweekday(self):
        return (_to_ordinal(*self._ymd) + 6) % 7 + 1

    def isocalendar(self):
        ordinal = _to_ordinal(*self._ymd)
        year = self._ymd[0]
        # The ISO year is the calendar year, the one before (early January) or the
        # one after (late December).
        for candidate in (year + 1, year, year - 1):
            monday = _first_iso_monday(candidate)
            if ordinal >= monday:
                week, weekday = divmod(ordinal - monday, 7)
                return _IsoCalendarDate(candidate, week + 1, weekday + 1)

    def replace(self, year=None, month=None, day=None):
        mine = self._ymd
        return type(self)(mine[0] if year is None else year, mine[1] if month is None
                          else month, mine[2] if day is None else day)

    def __reduce__(self):
        return (type(self), self._ymd)

    # -- comparison: only with dates that are not datetimes ----------------------------

    def _peer(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        return self._ymd == other._ymd if self._peer(other) else NotImplemented

    def __ne__(self, other):
        return self._ymd != other._ymd if self._peer(other) else NotImplemented

    def __lt__(self, other):
        return self._ymd < other._ymd if self._peer(other) else NotImplemented

    def __le__(self, other):
        return self._ymd <= other._ymd if self._peer(other) else NotImplemented

    def __gt__(self, other):
        return self._ymd > other._ymd if self._peer(other) else NotImplemented

    def __ge__(self, other):
        return self._ymd >= other._ymd if self._peer(other) else NotImplemented

    def __hash__(self):
        return hash(self._ymd)

    # -- arithmetic: whole days only ----------------------------------------------------

    def _moved(self, days):
        ordinal = _to_ordinal(*self._ymd) + days
        if not 0 < ordinal <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        return _new_date(type(self), *_from_ordinal(ordinal))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._moved(other.days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._moved(-other.days)
        if self._peer(other):
            return _span(timedelta, (_to_ordinal(*self._ymd) - _to_ordinal(*other._ymd))
                         * _US_PER_DAY)
        return NotImplemented


class _IsoCalendarDate(tuple):
    # (year, week, weekday) with names, as date.isocalendar() returns it.

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)


date.min = date(MINYEAR, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = timedelta(days=1)


# ---- time zones ---------------------------------------------------------------------------

class tzinfo:
    """Abstract base of time zones."""

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """dt (a UTC time labelled with this zone) as local time: the standard offset
        is added, then the daylight-saving one that applies there."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = _checked_offset(self.utcoffset(dt), "utcoffset")
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = _checked_offset(self.dst(dt), "dst")
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        local = dt + (offset - saving)
        saving = _checked_offset(local.tzinfo.dst(local), "dst")
        if saving is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return local + saving


_NO_NAME = object()


class timezone(tzinfo):
    """A fixed offset from UTC, optionally with a name."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not _NO_NAME and not isinstance(name, str):
            shown = "None" if name is None else type(name).__name__
            raise TypeError("timezone() argument 2 must be str, not %s" % shown)
        if not -_US_PER_DAY < offset._us < _US_PER_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        if name is _NO_NAME and not offset._us and _UTC is not None:
            return _UTC
        made = object.__new__(cls)
        made._offset = offset
        made._name = None if name is _NO_NAME else name
        return made

    def _check_argument(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_argument(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        self._check_argument(dt, "dst")
        return None

    def tzname(self, dt):
        self._check_argument(dt, "tzname")
        if self._name is not None:
            return self._name
        return "UTC" + _offset_text(self._offset) if self._offset._us else "UTC"

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_class_name(self), self._offset)
        return "%s(%r, %r)" % (_class_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = UTC = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


def _zone_offset(tz, dt, method="utcoffset"):
    # tz.utcoffset(dt) (or dst/tzname), checked; None without a zone.
    if tz is None:
        return None
    if method == "tzname":
        name = tz.tzname(dt)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name
    return _checked_offset(getattr(tz, method)(dt), method)


# ---- time ------------------------------------------------------------------------------------

class time:
    """A time of day, optionally with a time zone."""

    __slots__ = ("_clock", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        made = object.__new__(cls)
        made._clock = tuple(_valid_time(hour, minute, second, microsecond, tzinfo, fold))
        made._tzinfo = tzinfo
        made._fold = fold
        return made

    hour = property(lambda self: self._clock[0])
    minute = property(lambda self: self._clock[1])
    second = property(lambda self: self._clock[2])
    microsecond = property(lambda self: self._clock[3])
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return _zone_offset(self._tzinfo, None)

    def dst(self):
        return _zone_offset(self._tzinfo, None, "dst")

    def tzname(self):
        return _zone_offset(self._tzinfo, None, "tzname")

    def isoformat(self, timespec="auto"):
        return _clock_text(*self._clock, timespec) + _offset_text(self.utcoffset())

    __str__ = isoformat

    def __repr__(self):
        shown = list(self._clock)
        while len(shown) > 2 and not shown[-1]:
            shown.pop()
        text = "%s(%s" % (_class_name(self), ", ".join("%d" % n for n in shown))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        hour, minute, second, micro = self._clock
        return _strftime(fmt, (1900, 1, 1, hour, minute, second, 0, 1), micro,
                         self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        fields = [mine if new is None else new
                  for mine, new in zip(self._clock, (hour, minute, second, microsecond))]
        return type(self)(*fields, self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        clock = text[1:] if text[:1] == "T" and len(text) > 1 else text
        try:
            fields = _parse_iso_time(clock)
        except _BadIso:
            raise _invalid_iso(text) from None
        return cls(*fields)

    def __reduce__(self):
        return (type(self), self._clock + (self._tzinfo,))

    # -- comparison ----------------------------------------------------------------------

    def _microseconds(self):
        hour, minute, second, micro = self._clock
        return ((hour * 60 + minute) * 60 + second) * _US_PER_SECOND + micro

    def _order(self, other, equality):
        return _order_in_utc(self, other, equality, "times")

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._order(other, True) == 0

    def __ne__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._order(other, True) != 0

    def __lt__(self, other):
        return self._order(other, False) < 0 if isinstance(other, time) else NotImplemented

    def __le__(self, other):
        return self._order(other, False) <= 0 if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._order(other, False) > 0 if isinstance(other, time) else NotImplemented

    def __ge__(self, other):
        return self._order(other, False) >= 0 if isinstance(other, time) else NotImplemented

    def __hash__(self):
        offset = self.utcoffset()
        return hash(self._microseconds() - (offset._us if offset is not None else 0))

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime -------------------------------------------------------------------------------

def _new_datetime(cls, year, month, day, clock, tz, fold=0):
    made = object.__new__(cls)
    made._ymd = (year, month, day)
    made._clock = clock
    made._tzinfo = tz
    made._fold = fold
    return made


def _from_microseconds(cls, us, tz):
    # The datetime us microseconds after 0001-01-01 00:00 (of the proleptic calendar, whose
    # day 1 starts at microsecond 0), in zone tz.
    days, rest = divmod(us, _US_PER_DAY)
    if not 0 <= days < _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    seconds, micro = divmod(rest, _US_PER_SECOND)
    clock = (seconds // 3600, seconds // 60 % 60, seconds % 60, micro)
    return _new_datetime(cls, *_from_ordinal(days + 1), clock, tz)


class datetime(date):
    """A date and a time of day, optionally with a time zone."""

    __slots__ = ("_clock", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        ymd = _valid_date(year, month, day)
        clock = tuple(_valid_time(hour, minute, second, microsecond, tzinfo, fold))
        return _new_datetime(cls, *ymd, clock, tzinfo, fold)

    hour = property(lambda self: self._clock[0])
    minute = property(lambda self: self._clock[1])
    second = property(lambda self: self._clock[2])
    microsecond = property(lambda self: self._clock[3])
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- other constructors ------------------------------------------------------------

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__)
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not "
                            "type '%s'" % type(tz).__name__)
        if isinstance(t, int):
            whole, micro = t, 0
        else:
            # Microseconds rounded half to even, carried into the seconds.
            fraction, whole = _math.modf(t)
            micro = round(fraction * 1e6)
            whole = int(whole) + micro // _US_PER_SECOND
            micro %= _US_PER_SECOND
        moment = _from_microseconds(cls, (whole + (_EPOCH_ORDINAL - 1) * 86400)
                                    * _US_PER_SECOND + micro, None)
        if tz is None:
            return moment
        return tz.fromutc(moment.replace(tzinfo=tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        zone = time.tzinfo if tzinfo is True else tzinfo
        return cls(*date._ymd, *time._clock, zone, fold=time.fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(text) < 7:
            raise _invalid_iso(text)
        cut = _date_length(text)
        try:
            fields = list(_parse_iso_date(text[:cut]))
            if len(text) > cut:
                fields += _parse_iso_time(text[cut + 1:])
        except _BadIso:
            raise _invalid_iso(text) from None
        return cls(*fields)

    @classmethod
    def strptime(cls, text, fmt):
        return _strptime(cls, text, fmt)

    # -- parts ------------------------------------------------------------------------

    def date(self):
        return _new_date(_date_class, *self._ymd)

    def time(self):
        return _time_class(*self._clock, fold=self._fold)

    def timetz(self):
        return _time_class(*self._clock, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _zone_offset(self._tzinfo, self)

    def dst(self):
        return _zone_offset(self._tzinfo, self, "dst")

    def tzname(self):
        return _zone_offset(self._tzinfo, self, "tzname")

    def _microseconds(self):
        # Microseconds since 0001-01-01 00:00, read as a naive time.
        hour, minute, second, micro = self._clock
        return (((_to_ordinal(*self._ymd) - 1) * 86400 + (hour * 60 + minute) * 60
                 + second) * _US_PER_SECOND + micro)

    def _utc_microseconds(self):
        offset = self.utcoffset()
        return self._microseconds() - (offset._us if offset is not None else 0)

    def timestamp(self):
        if self._tzinfo is None:
            # Local time is UTC here. CPython adds the microseconds as a float.
            seconds = self._microseconds() // _US_PER_SECOND - (_EPOCH_ORDINAL - 1) * 86400
            return seconds + self._clock[3] / 1e6
        return (self._utc_microseconds()
                - (_EPOCH_ORDINAL - 1) * _US_PER_DAY) / _US_PER_SECOND

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not "
                            "type '%s'" % type(tz).__name__)
        if self._tzinfo is tz:
            return self
        as_utc = _from_microseconds(type(self), self._utc_microseconds(), tz)
        return tz.fromutc(as_utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        given = (year, month, day, hour, minute, second, microsecond)
        fields = [mine if new is None else new
                  for mine, new in zip(self._ymd + self._clock, given)]
        return type(self)(*fields, self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # -- text -------------------------------------------------------------------------

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        return ("%04d-%02d-%02d" % self._ymd + sep + _clock_text(*self._clock, timespec)
                + _offset_text(self.utcoffset()))

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        shown = list(self._ymd + self._clock)
        while len(shown) > 5 and not shown[-1]:
            shown.pop()
        text = "%s(%s" % (_class_name(self), ", ".join("%d" % n for n in shown))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def ctime(self):
        year, month, day = self._ymd
        return "%s %s %2d %02d:%02d:%02d %04d" % ((_DAY_NAMES[self.weekday()][:3],
                                                   _MONTH_NAMES[month - 1][:3], day)
                                                  + self._clock[:3] + (year,))

    def _fields_for_strftime(self):
        year, month, day = self._ymd
        return ((year, month, day) + self._clock[:3]
                + (self.weekday(), _day_of_year(year, month, day)))

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        return _strftime(fmt, self._fields_for_strftime(), self._clock[3],
                         self.utcoffset(), self.tzname())

    def timetuple(self):
        saving = self.dst()
        flag = -1 if saving is None else int(bool(saving))
        fields = self._fields_for_strftime() + (flag,)
        if hasattr(_time, "struct_time"):
            return _time.struct_time(fields)
        return fields

    def utctimetuple(self):
        """The time in UTC as a struct_time (tm_isdst 0), like time.gmtime's."""
        offset = self.utcoffset()
        moment = (self - offset).replace(tzinfo=None) if offset else self.replace(tzinfo=None)
        fields = moment._fields_for_strftime() + (0,)
        if hasattr(_time, "struct_time"):
            return _time.struct_time(fields)
        return fields

    def __reduce__(self):
        return (type(self), self._ymd + self._clock + (self._tzinfo,))

    # -- comparison ---------------------------------------------------------------------

    def _order(self, other, equality):
        return _order_in_utc(self, other, equality, "datetimes")

    def _against(self, other, equality):
        # The order against other, or NotImplemented / a ruling for plain dates.
        if isinstance(other, datetime):
            return self._order(other, equality)
        if isinstance(other, date) and not equality:
            raise TypeError("can't compare %s to %s" % (_class_name(self),
                                                        _class_name(other)))
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return False
        found = self._against(other, True)
        return found if found is NotImplemented else found == 0

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return True
        found = self._against(other, True)
        return found if found is NotImplemented else found != 0

    def __lt__(self, other):
        found = self._against(other, False)
        return found if found is NotImplemented else found < 0

    def __le__(self, other):
        found = self._against(other, False)
        return found if found is NotImplemented else found <= 0

    def __gt__(self, other):
        found = self._against(other, False)
        return found if found is NotImplemented else found > 0

    def __ge__(self, other):
        found = self._against(other, False)
        return found if found is NotImplemented else found >= 0

    def __hash__(self):
        return hash(self._utc_microseconds())

    # -- arithmetic ---------------------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return _from_microseconds(type(self), self._microseconds() + other._us,
                                  self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _from_microseconds(type(self), self._microseconds() - other._us,
                                      self._tzinfo)
        if not isinstance(other, datetime):
            return NotImplemented
        difference = self._microseconds() - other._microseconds()
        if self._tzinfo is not other._tzinfo:
            my_offset, their_offset = self.utcoffset(), other.utcoffset()
            if (my_offset is None) != (their_offset is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if my_offset is not None:
                difference += their_offset._us - my_offset._us
        return _span(timedelta, difference)


_date_class = date
_time_class = time
datetime.min = datetime(MINYEAR, 1, 1)
datetime.max = datetime(MAXYEAR, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---- strptime ---------------------------------------------------------------------------

_STRPTIME_RANGES = {"m": (1, 12), "d": (1, 31), "H": (0, 23), "I": (1, 12), "M": (0, 59),
                    "S": (0, 61), "j": (1, 366), "f": (0, 999999), "y": (0, 99)}


# The C locale's meaning of the locale-dependent directives.
_STRPTIME_LOCALE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
# Directives whose numbers are read but do not decide the date (week numbers, weekday).
_STRPTIME_IGNORED_NUMBERS = {"U": 2, "W": 2, "w": 1, "u": 1, "V": 2, "G": 4}


def _strptime_offset(text, ti, error):
    # %z: Z, or +HHMM / +HH:MM with optional seconds and microseconds.
    if text[ti:ti + 1] == "Z":
        return timezone.utc, ti + 1
    if text[ti:ti + 1] not in ("+", "-"):
        raise error
    sign = -1 if text[ti] == "-" else 1
    ti += 1
    parts = []
    while len(parts) < 3:
        if len(parts) and text[ti:ti + 1] == ":":
            ti += 1
        chunk = text[ti:ti + 2]
        if len(chunk) != 2 or not chunk.isdigit():
            if len(parts) < 2:
                raise error
            break
        parts.append(int(chunk))
        ti += 2
    micro = 0
    if len(parts) == 3 and text[ti:ti + 1] == ".":
        start = ti + 1
        ti = start
        while ti < len(text) and ti - start < 6 and text[ti].isdigit():
            ti += 1
        micro = int((text[start:ti] + "000000")[:6])
    hours, minutes = parts[0], parts[1]
    seconds = parts[2] if len(parts) == 3 else 0
    if minutes > 59 or seconds > 59:
        raise error
    offset = timedelta(hours=hours, minutes=minutes, seconds=seconds, microseconds=micro)
    return timezone(sign * offset), ti


def _strptime(cls, text, fmt):
    # Parses text with a strftime-style format (the common directives).
    original = fmt
    # %c, %x and %X stand for other directives; "%%" is kept out of the way meanwhile.
    fmt = fmt.replace("%%", "\x00")
    for code, meaning in _STRPTIME_LOCALE.items():
        fmt = fmt.replace("%" + code, meaning)
    fmt = fmt.replace("\x00", "%%")
    values = {"Y": 1900, "m": 1, "d": 1, "H": 0, "M": 0, "S": 0, "f": 0}
    pm = None
    tz = None
    julian = None
    ti = 0
    fi = 0
    error = ValueError("time data %r does not match format %r" % (text, original))
    while fi < len(fmt):
        ch = fmt[fi]
        fi += 1
        if ch != "%":
            if ch.isspace():
                while ti < len(text) and text[ti].isspace():
                    ti += 1
                continue
            if ti >= len(text) or text[ti] != ch:
                raise error
            ti += 1
            continue
        code = fmt[fi]
        fi += 1
        if code in "YmdHMSIjyf":
            width = {"Y": 4, "j": 3, "f": 6}.get(code, 2)
            start = ti
            while ti < len(text) and ti - start < width and text[ti].isdigit():
                ti += 1
            if ti == start:
                raise error
            number = text[start:ti]
            # CPython matches each field with a regex that only admits its range, so
            # an out-of-range field is a format mismatch, not a constructor error; the
            # regex settles for fewer digits first ("10:61" by "%H:%M" leaves "1").
            low, high = _STRPTIME_RANGES.get(code, (0, 9999))
            while not low <= int(number) <= high and len(number) > 1 and code != "Y":
                number = number[:-1]
                ti -= 1
            if not low <= int(number) <= high:
                raise error
            if code == "f":
                values["f"] = int((number + "000000")[:6])
            elif code == "y":
                year = int(number)
                values["Y"] = year + (2000 if year < 69 else 1900)
            elif code == "I":
                values["H"] = int(number)
            elif code == "j":
                julian = int(number)
            else:
                values[code] = int(number)
        elif code in _STRPTIME_IGNORED_NUMBERS:
            start = ti
            while (ti < len(text) and ti - start < _STRPTIME_IGNORED_NUMBERS[code]
                   and text[ti].isdigit()):
                ti += 1
            if ti == start:
                raise error
        elif code == "z":
            tz, ti = _strptime_offset(text, ti, error)
        elif code == "Z":
            start = ti
            while ti < len(text) and text[ti].isalpha():
                ti += 1
            if text[start:ti].lower() not in ("utc", "gmt"):
                raise error
        elif code in "bBaA":
            names = _MONTH_NAMES if code in "bB" else _DAY_NAMES
            for index, name in enumerate(names):
                candidate = name if code in "BA" else name[:3]
                if text[ti:ti + len(candidate)].lower() == candidate.lower():
                    ti += len(candidate)
                    if code in "bB":
                        values["m"] = index + 1
                    break
            else:
                raise error
        elif code == "p":
            marker = text[ti:ti + 2].upper()
            if marker not in ("AM", "PM"):
                raise error
            pm = marker == "PM"
            ti += 2
        elif code == "%":
            if text[ti:ti + 1] != "%":
                raise error
            ti += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (code, original))
    if ti != len(text):
        raise ValueError("unconverted data remains: %s" % text[ti:])
    hour = values["H"]
    if pm is not None:
        hour = hour % 12 + (12 if pm else 0)
    year, month, day = values["Y"], values["m"], values["d"]
    if julian is not None:
        when = date(year, 1, 1) + timedelta(days=julian - 1)
        year, month, day = when.year, when.month, when.day
    if cls is date:
        return cls(year, month, day)
    if tz is not None:
        return cls(year, month, day, hour, values["M"], values["S"], values["f"], tz)
    return cls(year, month, day, hour, values["M"], values["S"], values["f"])
