"""getopt: Unix-style command-line options, as in CPython 3.11. (Taskscope programs
have no command line: sys.argv[1:] is empty, so pass the list to parse.)"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad option: msg says what, opt names the option."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parses options up to the first non-option argument (or "--"); returns
    ([(option, value)...], the remaining arguments)."""
    opts = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but options and other arguments may be mixed (unless shortopts
    starts with '+' or POSIXLY_CORRECT is set)."""
    opts = []
    others = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    stop_at_first = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_first = True
    else:
        try:
            stop_at_first = bool(os.environ.get("POSIXLY_CORRECT"))
        except AttributeError:
            pass
    args = list(args)
    while args:
        arg = args[0]
        if arg == '--':
            others += args[1:]
            break
        if arg[:2] == '--':
            opts, args = _long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            opts, args = _short(opts, arg[1:], shortopts, args[1:])
        elif stop_at_first:
            others += args
            break
        else:
            others.append(arg)
            args = args[1:]
    return opts, others


def _long(opts, text, longopts, args):
    name, eq, value = text.partition('=')
    optarg = value if eq else None
    takes_arg, name = _long_match(name, longopts)
    if takes_arg:
        if optarg is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, optarg or ''))
    return opts, args


def _long_match(name, longopts):
    """(whether the option takes a value, its full name) for a name or a unique
    prefix of one."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _short(opts, letters, shortopts, args):
    while letters:
        opt, letters = letters[0], letters[1:]
        if _short_takes_arg(opt, shortopts):
            if letters == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return opts, args


def _short_takes_arg(opt, shortopts):
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
