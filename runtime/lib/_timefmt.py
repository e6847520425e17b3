"""The calendar half of the time module: struct_time, gmtime, localtime, mktime,
strftime, asctime and ctime, written in Python. runtime/py/mod_time.c copies these
names into `time` when it is first imported.

Local time is UTC (as on the machine the expected outputs come from): a program's
output must not depend on the zone of the computer or browser running it. The clock
itself is time.time(), so the virtual clock's fixed epoch gives fixed dates."""

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
           "Dec")

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime() and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence "
                            "(%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence "
                            "(%d-sequence given)" % len(seq))
        self = super().__new__(cls, seq[:9])
        self._extra = seq[9:] + (None,) * (11 - len(seq))
        return self

    def __repr__(self):
        return "time.struct_time(" + ", ".join(
            "%s=%r" % pair for pair in zip(_FIELDS, self)) + ")"

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))

    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])


for _index, _name in enumerate(_FIELDS):
    setattr(struct_time, _name, property(lambda self, i=_index: self[i]))
struct_time.__module__ = "time"
del _index, _name


def _days_to_civil(days):
    # Days since 1970-01-01 to (year, month, day), proleptic Gregorian calendar
    # (Howard Hinnant's algorithm, written out).
    days += 719468
    era = days // 146097
    doe = days - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    year = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return (year + 1 if month <= 2 else year), month, day


def _civil_to_days(year, month, day):
    year -= month <= 2
    era = year // 400
    yoe = year - era * 400
    mp = month - 3 if month > 2 else month + 9
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _seconds(secs):
    if secs is None:
        import time
        secs = time.time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        secs = int(secs // 1)
    return secs.__index__()


def gmtime(seconds=None, /):
    """Converts seconds since the Epoch to a time tuple expressing UTC."""
    return _broken_down(seconds, "GMT")


def _broken_down(seconds, zone):
    secs = _seconds(seconds)
    days, rest = divmod(secs, 86400)
    year, month, day = _days_to_civil(days)
    yday = days - _civil_to_days(year, 1, 1) + 1
    return struct_time((year, month, day, rest // 3600, rest // 60 % 60, rest % 60,
                        (days + 3) % 7, yday, 0, zone, 0))


def localtime(seconds=None, /):
    """Converts seconds since the Epoch to a local time tuple (local time is UTC)."""
    return _broken_down(seconds, "UTC")


def mktime(t, /):
    """The inverse of localtime(): a time tuple to seconds since the Epoch."""
    t = struct_time(t) if not isinstance(t, struct_time) else t
    # Month and day may be out of range, as C's mktime allows.
    year, month = t[0] + (t[1] - 1) // 12, (t[1] - 1) % 12 + 1
    days = _civil_to_days(year, month, 1) + t[2] - 1
    return float(days * 86400 + t[3] * 3600 + t[4] * 60 + t[5])


def _tuple(t):
    if t is None:
        return localtime()
    if not isinstance(t, struct_time):
        if not isinstance(t, tuple):
            raise TypeError("Tuple or struct_time argument required")
        t = struct_time(t)
    return t


def asctime(t=None, /):
    """A time tuple as a 24-character string: 'Sat Jun 06 16:26:11 1998'."""
    t = _tuple(t)
    return "%s %s%3d %02d:%02d:%02d %d" % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3],
                                          t[4], t[5], t[0])


def ctime(seconds=None, /):
    """Seconds since the Epoch as a local time string, as asctime(localtime(s))."""
    return asctime(localtime(seconds))


def strftime(format, t=None, /):
    """Formats a time tuple (by default the current local time) as format says."""
    import datetime
    t = _tuple(t)
    if not 1 <= t[1] <= 12:
        raise ValueError("month out of range")
    return datetime._strftime(format, tuple(t[:8]), 0, datetime.timedelta(0),
                              t.tm_zone or tzname[0])


def strptime(string, format="%a %b %d %H:%M:%S %Y", /):
    """Parses string by format (datetime.strptime's directives) into a struct_time,
    tm_isdst -1 (unknown) as CPython gives it."""
    import datetime
    if not isinstance(string, str):
        raise TypeError("strptime() argument 0 must be str, not %s" % type(string).__name__)
    if not isinstance(format, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(format).__name__)
    when = datetime.datetime.strptime(string, format)
    offset = when.utcoffset()
    zone = when.tzname() if offset is not None else None
    gmtoff = int(offset.total_seconds()) if offset is not None else None
    return struct_time((when.year, when.month, when.day, when.hour, when.minute,
                        when.second, when.weekday(), when.timetuple().tm_yday, -1,
                        zone, gmtoff))
