"""The C locale, which is the one Taskscope programs run in (text is UTF-8):
setlocale accepts "C", "POSIX" and "" (and reports "C"), localeconv gives the C
conventions (no thousands grouping), and format_string/str/atof/atoi format and parse
numbers accordingly. Other locale names raise locale.Error as on a system without
them."""

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale",
           "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format_string",
           "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "LC_MESSAGES", "CHAR_MAX", "getencoding"]

_builtin_str = str

LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)
CHAR_MAX = 127


class Error(Exception):
    pass


# The locale names this runtime knows, each with the name setlocale reports for it.
_KNOWN_LOCALES = {None: "C", "": "C", "C": "C", "POSIX": "C", "C.UTF-8": "C.UTF-8",
                  "C.utf8": "C.UTF-8"}


def _tuple_name(pair):
    """The locale name for a (language, encoding) pair; a missing language means C."""
    language, encoding = pair
    name = "C" if language is None else language
    return name if encoding is None else f"{name}.{encoding}"


def setlocale(category, locale=None):
    if not isinstance(category, int) or not LC_CTYPE <= category <= LC_ALL:
        raise Error("unsupported locale setting")
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = _tuple_name(locale)
    try:
        return _KNOWN_LOCALES[locale]
    except (KeyError, TypeError):
        raise Error("unsupported locale setting") from None


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    """f % val; the C locale has no thousands separator, so grouping changes nothing."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return '%.12g' % val


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    """Parses with func (float by default): C numbers need no delocalizing."""
    return func(string)


def atoi(string):
    return int(string)


def normalize(localename):
    return localename


def getlocale(category=LC_CTYPE):
    """Programs start in en_US.UTF-8 for LC_CTYPE (as CPython under a UTF-8 terminal)
    and in C, reported as (None, None), for the other categories."""
    if category == LC_ALL:
        raise TypeError("category LC_ALL is not supported")
    if category != LC_CTYPE:
        return None, None
    return "en_US", "UTF-8"


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    return ('en_US', 'UTF-8')


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def getencoding():
    return 'UTF-8'
