"""Shell-style wildcards: fnmatch(name, pattern) with * ? [seq] [!seq]; case follows
os.path.normcase (unchanged on POSIX). translate(pattern) gives the regular
expression used."""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile(pat):
    regex = _cache.get(pat)
    if regex is None:
        regex = _cache[pat] = re.compile(translate(pat)).match
    return regex


def filter(names, pat):
    pat = os.path.normcase(pat)
    match = _compile(pat)
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    return _compile(pat)(name) is not None


def translate(pat):
    """A regular expression (a str) matching what pattern pat matches; it may be
    spelled differently from CPython's."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # Runs of stars mean the same as one.
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            stuff = pat[i:j]
            i = j + 1
            stuff = stuff.replace('\\', r'\\')
            stuff = re.sub(r'([&~|])', r'\\\1', stuff)
            if not stuff:
                out.append('(?!)')  # [] and [!] match nothing
                continue
            if stuff == '!':
                out.append('.')
                continue
            if stuff[0] == '!':
                stuff = '^' + stuff[1:]
            elif stuff[0] in ('^', '['):
                stuff = '\\' + stuff
            out.append('[%s]' % stuff)
        else:
            out.append(re.escape(c))
    return '(?s:%s)\\Z' % ''.join(out)
