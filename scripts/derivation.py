#!/usr/bin/env python3
"""How much of each of our Python modules reads line for line like CPython's own.

We write our own code (README, "How we work"): CPython's Lib/ is read to learn the
semantics, never copied. This measures how close each file in runtime/lib is to the
CPython 3.11 module of the same name: the share of its substantial lines (more than 25
characters once stripped, comments left out) that also occur, stripped, anywhere in
CPython's module or package. Independently written modules land around 10 % (names,
error messages and signatures are shared by necessity); a file far above that was
derived from CPython's text and should be rewritten.

    python3 scripts/derivation.py [--over PERCENT] [--check] [FILE ...]

Prints one row per file above the threshold (default 20 %), worst first. With --check
(`make test-derivation`: --over 25 --check) the exit status is 1 when any file is
listed, so a module that has drifted back towards CPython's text fails the tests.
"""

import argparse
import glob
import os
import sys

OUR_LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'runtime', 'lib')
# Debian's CPython 3.11 library, else that of the python3 running this (3.11 too).
CPYTHON_LIB = '/usr/lib/python3.11'
if not os.path.isfile(os.path.join(CPYTHON_LIB, 'asyncio', 'tasks.py')):
    import sysconfig
    CPYTHON_LIB = sysconfig.get_paths()['stdlib']
MIN_LENGTH = 25
# Our modules written in place of a CPython module with another name.
COUNTERPARTS = {'decimal.py': ['_pydecimal.py'], '_decimal_digits.py': ['_pydecimal.py'],
                '_decimal_format.py': ['_pydecimal.py'], 'zlib.py': ['gzip.py'],
                '_deflate.py': ['gzip.py']}


def stripped_lines(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return [line.strip() for line in f]


def cpython_files(relative):
    """CPython's files a module of ours may have been modelled on."""
    directory = os.path.dirname(relative)
    stem = os.path.splitext(relative)[0]
    names = [relative, os.path.join(stem, '__init__.py')]
    names += [os.path.join(directory, name) for name in COUNTERPARTS.get(relative, [])]
    paths = [os.path.join(CPYTHON_LIB, name) for name in names]
    # A package of ours may gather what CPython spreads over its package's modules.
    if os.path.basename(relative) == '__init__.py' or directory:
        paths += glob.glob(os.path.join(CPYTHON_LIB, directory, '*.py'))
    return [path for path in paths if os.path.isfile(path)]


# Modules that only declare CPython's abstract interfaces (classes whose methods have a
# docstring and nothing else, or raise NotImplementedError): their class and method
# header lines are the API itself, so only their other lines are counted.
INTERFACES = {'asyncio/protocols.py', 'asyncio/transports.py'}


def is_header(line):
    return line.startswith(('def ', 'class ')) and line.endswith(':')


def shared_share(path, relative):
    """(shared lines, substantial lines) of one of our files, or None without a counterpart."""
    theirs = set()
    for other in cpython_files(relative):
        theirs.update(stripped_lines(other))
    if not theirs:
        return None
    ours = [line for line in stripped_lines(path)
            if len(line) > MIN_LENGTH and not line.startswith('#')
            and not (relative in INTERFACES and is_header(line))]
    return sum(line in theirs for line in ours), len(ours)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--over', type=float, default=20.0,
                        help='list files with more than this percentage of shared lines')
    parser.add_argument('--check', action='store_true',
                        help='exit with status 1 when a file is over the threshold')
    parser.add_argument('files', nargs='*', help='files under runtime/lib (default: all)')
    options = parser.parse_args()
    if sys.version_info[:2] != (3, 11) and CPYTHON_LIB != '/usr/lib/python3.11':
        sys.exit(f'derivation: no CPython 3.11 library to compare with (found {CPYTHON_LIB})')
    root = os.path.normpath(OUR_LIB)
    files = options.files or sorted(glob.glob(os.path.join(root, '**', '*.py'), recursive=True))
    rows = []
    for path in files:
        relative = os.path.relpath(os.path.abspath(path), root)
        counted = shared_share(path, relative)
        if counted is None or counted[1] < 20:
            continue
        shared, total = counted
        rows.append((100 * shared / total, shared, total, relative))
    for percent, shared, total, relative in sorted(rows, reverse=True):
        if percent > options.over:
            print(f'{percent:4.0f} %  {shared:5d} of {total:5d} lines  {relative}')
    listed = sum(row[0] > options.over for row in rows)
    print(f'{listed} of {len(rows)} modules share more than {options.over:g} % of their lines '
          f'with CPython {CPYTHON_LIB}', file=sys.stderr)
    if options.check and listed:
        sys.exit(1)


if __name__ == '__main__':
    main()
