"""Calendars: isleap, leapdays, weekday, monthrange, monthcalendar, the text month and
year layouts of month()/calendar() and their pr* forms, timegm, and the Calendar and
TextCalendar classes they rest on. Names of months and days are English (the C
locale). No HTMLCalendar or LocaleTextCalendar."""

import datetime

_CLASSES = ["Calendar", "TextCalendar", "IllegalMonthError", "IllegalWeekdayError",
            "error"]
_FUNCTIONS = ["isleap", "leapdays", "weekday", "monthrange", "timegm",
              "setfirstweekday", "firstweekday", "weekheader", "monthcalendar",
              "month", "prmonth", "calendar", "prcal"]
_NAMES = ["month_name", "month_abbr", "day_name", "day_abbr", "MONDAY", "TUESDAY",
          "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
__all__ = _CLASSES + _FUNCTIONS + _NAMES

error = ValueError


class IllegalMonthError(ValueError):
    """A month number outside 1-12."""

    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    """A weekday number outside 0-6."""

    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


January = 1
February = 2
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

# Days in each month of a common year; index 0 is a placeholder so that months count
# from 1 (a public list, as in CPython).
mdays = [0] + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _NameList:
    """Month or day names, indexable and sliceable like a list, read-only."""

    def __init__(self, names):
        self._all = list(names)

    def __getitem__(self, index):
        found = self._all[index]
        return found

    def __len__(self):
        return len(self._all)

    def __iter__(self):
        return iter(self._all)


_MONTH_NAMES = ("January February March April May June July August September "
                "October November December").split()
_DAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
month_name = _NameList([""] + _MONTH_NAMES)
month_abbr = _NameList([""] + [name[:3] for name in _MONTH_NAMES])
day_name = _NameList(_DAY_NAMES)
day_abbr = _NameList([name[:3] for name in _DAY_NAMES])


def isleap(year):
    """True for leap years (Gregorian rules)."""
    if year % 400 == 0:
        return True
    return year % 4 == 0 and year % 100 != 0


def _leap_years_up_to(year):
    # Leap years among 1..year (extended backwards the same way for year < 1).
    return year // 4 - year // 100 + year // 400


def leapdays(y1, y2):
    """The number of leap years in range(y1, y2)."""
    return _leap_years_up_to(y2 - 1) - _leap_years_up_to(y1 - 1)


def weekday(year, month, day):
    """0 (Monday) to 6 (Sunday)."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        # The Gregorian calendar repeats itself every 400 years.
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def _days_in(year, month):
    if month == February and isleap(year):
        return 29
    return mdays[month]


def monthrange(year, month):
    """(weekday of the first day, number of days) of the month."""
    if month < 1 or month > 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def _in_sevens(items):
    """items cut into consecutive lists of seven (weeks)."""
    return [items[start:start + 7] for start in range(0, len(items), 7)]


def _in_rows(items, width):
    return [items[start:start + width] for start in range(0, len(items), width)]


class Calendar:
    """Month and year data as iterators and lists of weeks, weeks starting on
    firstweekday (0 = Monday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers in the order of a week's columns."""
        first = self.firstweekday
        for offset in range(7):
            yield (first + offset) % 7

    def _padding(self, year, month):
        """(cells before the 1st, days in the month, cells after the last day) of
        the month laid out in whole weeks."""
        first_day, length = monthrange(year, month)
        before = (first_day - self.firstweekday) % 7
        after = -(before + length) % 7
        return before, length, after

    def itermonthdays3(self, year, month):
        """(year, month, day) of every cell of the month's weeks, the days of the
        months before and after included."""
        before, length, after = self._padding(year, month)
        if before:
            prev_year, prev_month = (year - 1, 12) if month == 1 else (year, month - 1)
            prev_length = _days_in(prev_year, prev_month)
            for day in range(prev_length - before + 1, prev_length + 1):
                yield prev_year, prev_month, day
        for day in range(1, length + 1):
            yield year, month, day
        next_year, next_month = (year + 1, 1) if month == 12 else (year, month + 1)
        for day in range(1, after + 1):
            yield next_year, next_month, day

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) of every cell of the month's weeks."""
        column = self.firstweekday
        for cell in self.itermonthdays3(year, month):
            yield cell + (column,)
            column = (column + 1) % 7

    def itermonthdates(self, year, month):
        """datetime.date of every cell of the month's weeks."""
        for cell in self.itermonthdays3(year, month):
            yield datetime.date(*cell)

    def itermonthdays(self, year, month):
        """Day numbers of the month's weeks, 0 for days of the months around it."""
        before, length, after = self._padding(year, month)
        for _ in range(before):
            yield 0
        yield from range(1, length + 1)
        for _ in range(after):
            yield 0

    def itermonthdays2(self, year, month):
        """(day number or 0, weekday) of every cell of the month's weeks."""
        column = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield day, column
            column = (column + 1) % 7

    def monthdatescalendar(self, year, month):
        return _in_sevens(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        return _in_sevens(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        return _in_sevens(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        return _in_rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _in_rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _in_rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Plain-text month and year calendars, as the `cal` command prints them."""

    def formatday(self, day, weekday, width):
        """One cell: the day number right-aligned in two places, centred in width;
        blank for days outside the month (0)."""
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(day, column, width) for day, column in theweek])

    def formatweekday(self, day, width):
        """A column heading: the full name when there is room for any (9 places),
        else the abbreviation, cut to width."""
        name = (day_name if width >= 9 else day_abbr)[day]
        return name[:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(day, width) for day in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title += ' ' + repr(theyear)
        return title.center(width)

    def prweek(self, theweek, width):
        text = self.formatweek(theweek, width)
        print(text, end='')

    def prmonth(self, theyear, themonth, w=0, l=0):
        text = self.formatmonth(theyear, themonth, w, l)
        print(text, end='')

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        text = self.formatyear(theyear, w, l, c, m)
        print(text, end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as text: the title, the weekday heading, one line per week;
        cells w wide (at least 2), each line followed by l newlines."""
        cell = w if w > 2 else 2
        gap = '\n' * (l if l > 1 else 1)
        lines = [self.formatmonthname(theyear, themonth, 7 * cell + 6),
                 self.formatweekheader(cell)]
        lines += [self.formatweek(days, cell)
                  for days in self.monthdays2calendar(theyear, themonth)]
        return ''.join([line.rstrip() + gap for line in lines])

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year as text: m months side by side, c spaces apart."""
        cell = w if w > 2 else 2
        gap = '\n' * (l if l > 1 else 1)
        spacing = c if c > 2 else 2
        column = 7 * cell + 6

        def line(texts):
            return formatstring(texts, column, spacing).rstrip() + gap

        parts = [repr(theyear).center(column * m + spacing * (m - 1)).rstrip(), gap]
        heading = self.formatweekheader(cell)
        for row_number, row in enumerate(self.yeardays2calendar(theyear, m)):
            first = row_number * m + 1
            months = range(first, first + len(row))
            parts.append(gap)
            parts.append(line([self.formatmonthname(theyear, k, column, False)
                               for k in months]))
            parts.append(line([heading] * len(row)))
            for week_number in range(max([len(weeks) for weeks in row])):
                parts.append(line([self.formatweek(weeks[week_number], cell)
                                   if week_number < len(weeks) else '' for weeks in row]))
        return ''.join(parts)


# The module-level functions use one shared TextCalendar (weeks from Monday until
# setfirstweekday says otherwise).
_shared = TextCalendar()
firstweekday = _shared.getfirstweekday
monthcalendar = _shared.monthdayscalendar
prweek = _shared.prweek
week = _shared.formatweek
weekheader = _shared.formatweekheader
prmonth = _shared.prmonth
month = _shared.formatmonth
calendar = _shared.formatyear
prcal = _shared.pryear


def setfirstweekday(firstweekday):
    """Sets the first day of the week (0 = Monday ... 6 = Sunday) for the module."""
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    _shared.firstweekday = firstweekday


def formatstring(cols, colwidth=20, spacing=6):
    """The texts centred in colwidth each, joined with `spacing` spaces."""
    return (' ' * spacing).join([text.center(colwidth) for text in cols])


def format(cols, colwidth=20, spacing=6):
    """Prints columns, each centered in colwidth, spacing apart."""
    print(formatstring(cols, colwidth=colwidth, spacing=spacing))


EPOCH = 1970
_EPOCH_ORDINAL = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() + day - 1 - _EPOCH_ORDINAL
    return ((days * 24 + hour) * 60 + minute) * 60 + second
