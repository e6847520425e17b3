"""Shell-style wildcards: fnmatch(name, pattern) with * ? [seq] [!seq]; case follows
os.path.normcase (unchanged on POSIX). translate(pattern) gives the regular
expression used."""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Compiled matchers by pattern; emptied when it grows past _CACHE_LIMIT.
_matchers = {}
_CACHE_LIMIT = 1024


def _matcher(pat):
    found = _matchers.get(pat)
    if found is None:
        if len(_matchers) >= _CACHE_LIMIT:
            _matchers.clear()
        found = _matchers[pat] = re.compile(translate(pat)).match
    return found


def fnmatch(name, pat):
    """Whether name matches the wildcard pattern, after os.path.normcase on both."""
    return _matcher(os.path.normcase(pat))(os.path.normcase(name)) is not None


def fnmatchcase(name, pat):
    """Whether name matches the wildcard pattern, comparing case as it is."""
    return _matcher(pat)(name) is not None


def filter(names, pat):
    """The names that match the pattern (normcase applied, as fnmatch does)."""
    match = _matcher(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name)) is not None]


def _closing_bracket(pat, start):
    """The index of the ']' ending a bracket expression whose content starts at
    `start`, or -1. A '!' may come first, and a ']' right after '[' or '[!' is a
    member, not the end."""
    end = start
    if end < len(pat) and pat[end] == '!':
        end += 1
    if end < len(pat) and pat[end] == ']':
        end += 1
    end = pat.find(']', end)
    return end


def _class_members(body):
    """The members of a bracket expression's content (without the '!'): single
    characters and (low, high) ranges. Ranges running backwards hold nothing and
    are left out; a '-' first, last or right after a range is an ordinary member."""
    members = []
    at = 0
    while at < len(body):
        if at + 2 < len(body) and body[at + 1] == '-':
            low, high = body[at], body[at + 2]
            if low <= high:
                members.append((low, high))
            at += 3
        else:
            members.append(body[at])
            at += 1
    return members


def _bracket_regex(negated, members):
    if not members:
        # Nothing to match: [z-a] never matches, [!z-a] matches any character.
        return '.' if negated else '(?!)'
    parts = []
    for member in members:
        if isinstance(member, tuple):
            parts.append(re.escape(member[0]) + '-' + re.escape(member[1]))
        else:
            parts.append(re.escape(member))
    return '[' + ('^' if negated else '') + ''.join(parts) + ']'


def translate(pat):
    """A regular expression (a str) matching what pattern pat matches; it may be
    spelled differently from CPython's."""
    pieces = []
    at = 0
    while at < len(pat):
        ch = pat[at]
        at += 1
        if ch == '*':
            # A run of stars means the same as one.
            if not pieces or pieces[-1] != '.*':
                pieces.append('.*')
        elif ch == '?':
            pieces.append('.')
        elif ch == '[':
            end = _closing_bracket(pat, at)
            if end < 0:
                # An unclosed '[' is an ordinary character.
                pieces.append(re.escape('['))
                continue
            negated = pat[at] == '!'
            body = pat[at + 1 if negated else at:end]
            pieces.append(_bracket_regex(negated, _class_members(body)))
            at = end + 1
        else:
            pieces.append(re.escape(ch))
    return '(?s:' + ''.join(pieces) + ')\\Z'
