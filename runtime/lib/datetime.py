"""Dates and times: timedelta, date, time, datetime, timezone, tzinfo.

Proleptic Gregorian calendar, microsecond resolution, reprs/strs/isoformat/strftime as
CPython prints them. now(), today() and fromtimestamp() read time.time(), so under the
virtual clock they start at 1700000000 (2023-11-14 22:13:20 UTC). Local time is UTC.
"""

import time as _time
import math as _math

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR",
           "MAXYEAR", "UTC"]

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _dim
del _total, _dim

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
              "Sunday"]


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _is_leap(year):
    # Every fourth year, except centuries not divisible by 400.
    return year % 400 == 0 if year % 100 == 0 else year % 4 == 0


def _days_before_year(year):
    """Days in the years 1 .. year-1 of the proleptic Gregorian calendar."""
    past = year - 1
    return 365 * past + past // 4 - past // 100 + past // 400


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    leap_day = 1 if month > 2 and _is_leap(year) else 0
    return _DAYS_BEFORE_MONTH[month] + leap_day


def _ymd2ord(year, month, day):
    """Day number with 0001-01-01 as day 1."""
    return day + _days_before_month(year, month) + _days_before_year(year)


_DAYS_PER_400_YEARS = 146097


def _ord2ymd(n):
    """The (year, month, day) of day number n (inverse of _ymd2ord)."""
    # Whole 400-year cycles, then a year estimate that is never too late (no year
    # has more than 366 days), moved forward to the year holding day n.
    cycles, day_in_cycle = divmod(n - 1, _DAYS_PER_400_YEARS)
    year = 400 * cycles + 1 + day_in_cycle // 366
    while _days_before_year(year + 1) < n:
        year += 1
    day_of_year = n - _days_before_year(year)
    month = 1
    while month < 12 and _days_before_month(year, month + 1) < day_of_year:
        month += 1
    return year, month, day_of_year - _days_before_month(year, month)


def _check_int(value, name=None):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("an integer is required (got type %s)"
                        % type(value).__name__) from None


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _check_int(hour), _check_int(minute)
    second, microsecond = _check_int(second), _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not "
                        "type '%s'" % type(tz).__name__)


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or ss.microseconds:
        text += "%s%02d" % (sep, ss.seconds)
        if ss.microseconds:
            text += ".%06d" % ss.microseconds
    return text


def _strftime(fmt, tt, microsecond=0, offset=None, tzname=None):
    """Formats a (year, month, day, hour, minute, second, weekday, yday) tuple."""
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
            out.append(_format_offset(offset, "") if offset is not None else "")
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


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalised
    so that only days may be negative."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        # Sum everything as exact microseconds where possible: floats are rounded
        # once, half to even, as CPython does.
        total = 0
        fractional = 0.0
        for value, scale in ((weeks, 7 * 86400 * 10**6), (days, 86400 * 10**6),
                             (hours, 3600 * 10**6), (minutes, 60 * 10**6),
                             (seconds, 10**6), (milliseconds, 1000),
                             (microseconds, 1)):
            if isinstance(value, float):
                whole = int(value)
                total += whole * scale
                fractional += (value - whole) * scale
            elif isinstance(value, int):
                total += value * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    {1: "microseconds"}.get(scale, "days"), type(value).__name__))
        if fractional:
            total += round(fractional)
        days, rem = divmod(total, 86400 * 10**6)
        seconds, microseconds = divmod(rem, 10**6)
        if abs(days) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 10**6 + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__qualname__,
                              ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            text = "%d day%s, " % (self._days, plural) + text
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days + other._days, self._seconds + other._seconds,
                             self._microseconds + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days - other._days, self._seconds - other._seconds,
                             self._microseconds - other._microseconds)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(0, 0, self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(0, 0, _divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta(0, 0, self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return timedelta(0, 0, _divide_and_round(self._to_microseconds(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(0, 0, _divide_and_round(b * self._to_microseconds(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta(0, 0, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


def _divide_and_round(a, b):
    """a / b rounded half to even, in integers."""
    q, r = divmod(a, b)
    r *= 2
    greater = r > b if b > 0 else r < b
    if greater or r == b and q % 2 == 1:
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A calendar date (year, month, day)."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _ord2ymd(int(t // 86400) + _EPOCH_ORDINAL)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(text) == 10 and text[4] == "-" and text[7] == "-":
                return cls(int(text[0:4]), int(text[5:7]), int(text[8:10]))
            if len(text) == 8 and text.isdigit():
                return cls(int(text[0:4]), int(text[4:6]), int(text[6:8]))
        except ValueError:
            pass
        raise ValueError("Invalid isoformat string: %r" % (text,))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        first = _iso_week1_monday(year)
        return cls.fromordinal(first + (week - 1) * 7 + day - 1)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % (self.__class__.__module__,
                                      self.__class__.__qualname__,
                                      self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[weekday - 1][:3],
                                            _MONTH_NAMES[self._month - 1][:3],
                                            self._day, self._year)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self._yday(), -1)) \
            if hasattr(_time, "struct_time") else self._tt()

    def _yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def _tt(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday())

    def strftime(self, fmt):
        return _strftime(fmt, self._tt())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _iso_week1_monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and \
                not isinstance(self, datetime):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmpkey())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self


def _iso_week1_monday(year):
    first = _days_before_year(year) + 1
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)
_MAX_ORDINAL = _ymd2ord(9999, 12, 31)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base of time zones."""

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


class timezone(tzinfo):
    """A fixed offset from UTC."""

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24).")
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class time:
    """A time of day, optionally with a time zone."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def isoformat(self, timespec="auto"):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond,
                            timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            args = "%d, %d, %d, %d" % (self._hour, self._minute, self._second,
                                       self._microsecond)
        elif self._second:
            args = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            args = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            args += ", tzinfo=%r" % (self._tzinfo,)
        return "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__qualname__,
                              args)

    def strftime(self, fmt):
        return _strftime(fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1),
                         self._microsecond, self.utcoffset(),
                         self._tzinfo.tzname(None) if self._tzinfo else None)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    @classmethod
    def fromisoformat(cls, text):
        try:
            parts = _parse_isotime(text)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (text,)) from None
        return cls(*parts)

    def _cmpkey(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        return self._cmpkey() == other._cmpkey() if isinstance(other, time) \
            else NotImplemented

    def __lt__(self, other):
        return self._cmpkey() < other._cmpkey() if isinstance(other, time) \
            else NotImplemented

    def __le__(self, other):
        return self._cmpkey() <= other._cmpkey() if isinstance(other, time) \
            else NotImplemented

    def __gt__(self, other):
        return self._cmpkey() > other._cmpkey() if isinstance(other, time) \
            else NotImplemented

    def __ge__(self, other):
        return self._cmpkey() >= other._cmpkey() if isinstance(other, time) \
            else NotImplemented

    def __hash__(self):
        return hash(self._cmpkey())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _parse_isotime(text):
    """(hour, minute, second, microsecond, tzinfo) from HH[:MM[:SS[.ffffff]]][+HH:MM]."""
    tz = None
    for sign_char in "+-Z":
        pos = text.find(sign_char)
        if pos > 0:
            zone = text[pos:]
            text = text[:pos]
            if zone == "Z":
                tz = timezone.utc
            else:
                sign = -1 if zone[0] == "-" else 1
                hh, mm = int(zone[1:3]), int(zone[4:6]) if len(zone) > 3 else 0
                tz = timezone(sign * timedelta(hours=hh, minutes=mm))
            break
    fields = text.split(":")
    hour = int(fields[0])
    minute = int(fields[1]) if len(fields) > 1 else 0
    second = 0
    micro = 0
    if len(fields) > 2:
        sec = fields[2]
        if "." in sec or "," in sec:
            sec, frac = sec.replace(",", ".").split(".")
            micro = int((frac + "000000")[:6])
        second = int(sec)
    if len(fields[0]) != 2 or len(fields) > 3:
        raise ValueError(text)
    return hour, minute, second, micro, tz


class datetime(date):
    """A date and a time of day, optionally with a time zone."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        whole = int(whole)
        days, secs = divmod(whole, 86400)
        y, m, d = _ord2ymd(days + _EPOCH_ORDINAL)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

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
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            day_part = date.fromisoformat(text[:10])
            if len(text) == 10:
                return cls.combine(day_part, time())
            if text[10] not in "T ":
                raise ValueError(text)
            return cls.combine(day_part, time(*_parse_isotime(text[11:])))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (text,)) from None

    @classmethod
    def strptime(cls, text, fmt):
        return _strptime(cls, text, fmt)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timestamp(self):
        offset = self.utcoffset() or timedelta(0)
        return (self - offset - _EPOCH_NAIVE.replace(tzinfo=self._tzinfo)
                ).total_seconds() if self._tzinfo else \
            (self - _EPOCH_NAIVE).total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        offset = self.utcoffset() or timedelta(0)
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year, self._month if month is None else month,
            self._day if day is None else day, self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def isoformat(self, sep="T", timespec="auto"):
        text = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        text += _format_time(self._hour, self._minute, self._second, self._microsecond,
                             timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = "%s.%s(%s" % (self.__class__.__module__, self.__class__.__qualname__,
                             ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._month - 1][:3], self._day,
            self._hour, self._minute, self._second, self._year)

    def _tt(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self.weekday(), self._yday())

    def strftime(self, fmt):
        return _strftime(fmt, self._tt(), self._microsecond, self.utcoffset(),
                         self.tzname())

    def _cmpkey(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _compare(self, other):
        if (self._tzinfo is None) != (other._tzinfo is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if self._tzinfo is not None:
            a = self - self.utcoffset()
            b = other - other.utcoffset()
            return _cmp(a._cmpkey(), b._cmpkey())
        return _cmp(self._cmpkey(), other._cmpkey())

    def __eq__(self, other):
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                return False
            return self._compare(other) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) < 0
        return _date_compare_error(self, other, "<")

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) <= 0
        return _date_compare_error(self, other, "<=")

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) > 0
        return _date_compare_error(self, other, ">")

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) >= 0
        return _date_compare_error(self, other, ">=")

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            key = self if offset is None else self - offset
            self._hashcode = hash(datetime._cmpkey(key))
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute,
                          seconds=self._second, microseconds=self._microsecond) + other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAX_ORDINAL:
            y, m, d = _ord2ymd(delta.days)
            return type(self)(y, m, d, hour, minute, second, delta.microseconds,
                              self._tzinfo)
        raise OverflowError("date value out of range")

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        days1, days2 = self.toordinal(), other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2,
                         self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        my_off, other_off = self.utcoffset(), other.utcoffset()
        if (my_off is None) != (other_off is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        if my_off is None:
            return base
        return base + other_off - my_off


def _date_compare_error(a, b, op):
    if isinstance(b, date):
        raise TypeError("can't compare %s.%s to %s.%s" % (
            type(a).__module__, type(a).__qualname__, type(b).__module__,
            type(b).__qualname__))
    return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH_NAIVE = datetime(1970, 1, 1)


_STRPTIME_RANGES = {"m": (1, 12), "d": (1, 31), "H": (0, 23), "I": (1, 12), "M": (0, 59),
                    "S": (0, 61), "j": (1, 366)}


def _strptime(cls, text, fmt):
    """Parses text with a strftime-style format (the common directives)."""
    values = {"Y": 1900, "m": 1, "d": 1, "H": 0, "M": 0, "S": 0, "f": 0}
    pm = None
    ti = 0
    fi = 0
    error = ValueError("time data %r does not match format %r" % (text, fmt))
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
            # an out-of-range field is a format mismatch, not a constructor error.
            low, high = _STRPTIME_RANGES.get(code, (0, 9999))
            if not low <= int(number) <= high:
                raise error
            if code == "f":
                values["f"] = int((number + "000000")[:6])
            elif code == "y":
                year = int(number)
                values["Y"] = year + (2000 if year < 69 else 1900)
            elif code == "I":
                values["H"] = int(number)
            else:
                values[code] = int(number)
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
            raise ValueError("'%s' is a bad directive in format '%s'" % (code, fmt))
    if ti != len(text):
        raise ValueError("unconverted data remains: %s" % text[ti:])
    hour = values["H"]
    if pm is not None:
        hour = hour % 12 + (12 if pm else 0)
    return cls(values["Y"], values["m"], values["d"], hour, values["M"], values["S"],
               values["f"])
