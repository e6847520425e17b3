"""Comparing sequences: SequenceMatcher (ratio, matching blocks, opcodes) with the
Ratcliff-Obershelp matching CPython uses, including its junk and "popular element"
heuristics, so ratios and diffs come out identical; unified_diff, context_diff,
ndiff / Differ, restore and get_close_matches. No HtmlDiff."""

import re
from collections import namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff',
           'diff_bytes', 'Match']

Match = namedtuple('Match', 'a b size')

# Sequences at least this long lose their "popular" items (more than 1 % of b) from
# the index when autojunk is on.
_POPULAR_FROM = 200


def _similarity(matched, total):
    """Twice the matched items over the items of both sequences; 1.0 for two empty
    sequences."""
    return 2.0 * matched / total if total else 1.0


class SequenceMatcher:
    """Finds the longest matching blocks of two sequences of hashable items, then
    recursively the blocks left and right of them."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def _forget_results(self):
        self.matching_blocks = None
        self.opcodes = None

    def set_seq1(self, a):
        if a is not self.a:
            self.a = a
            self._forget_results()

    def set_seq2(self, b):
        # Only b is indexed, so a matcher compares many a's with one b cheaply.
        if b is not self.b:
            self.b = b
            self._forget_results()
            self.fullbcount = None
            self._build_index()

    def _build_index(self):
        """b2j: each item of b to the positions where it occurs, leaving out junk
        items (isjunk) and, in long sequences, items too frequent to mean anything."""
        where = {}
        for position, item in enumerate(self.b):
            if item in where:
                where[item].append(position)
            else:
                where[item] = [position]
        junk = set()
        if self.isjunk:
            junk = {item for item in where if self.isjunk(item)}
        popular = set()
        if self.autojunk and len(self.b) >= _POPULAR_FROM:
            most = len(self.b) // 100 + 1
            popular = {item for item, spots in where.items()
                       if len(spots) > most and item not in junk}
        for item in junk | popular:
            del where[item]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+size] == b[j:j+size] inside the given ranges, the
        earliest in a (then in b) among equally long ones, as Match(i, j, size)."""
        a, b = self.a, self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        start_a, start_b, size = alo, blo, 0
        # ending_at[j]: length of the indexed match ending at b[j] and the previous
        # item of a; one row per item of a.
        ending_at = {}
        for i in range(alo, ahi):
            row = {}
            for j in self.b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = ending_at.get(j - 1, 0) + 1
                row[j] = length
                if length > size:
                    start_a, start_b, size = i - length + 1, j - length + 1, length
            ending_at = row
        # The index leaves popular and junk items out. Equal neighbours extend the
        # block: first those that are not junk, then junk ones, so that junk only
        # ever widens a match of real content.
        for junk_pass in (False, True):
            while (start_a > alo and start_b > blo
                   and (b[start_b - 1] in self.bjunk) == junk_pass
                   and a[start_a - 1] == b[start_b - 1]):
                start_a -= 1
                start_b -= 1
                size += 1
            while (start_a + size < ahi and start_b + size < bhi
                   and (b[start_b + size] in self.bjunk) == junk_pass
                   and a[start_a + size] == b[start_b + size]):
                size += 1
        return Match(start_a, start_b, size)

    def get_matching_blocks(self):
        """The matching blocks in order, adjacent ones merged, ending with
        Match(len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        found = []
        todo = [(0, len(self.a), 0, len(self.b))]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            block = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, size = block
            if not size:
                continue
            found.append(block)
            # Look for more on both sides of the block.
            if alo < i and blo < j:
                todo.append((alo, i, blo, j))
            if i + size < ahi and j + size < bhi:
                todo.append((i + size, ahi, j + size, bhi))
        found.sort()
        blocks = []
        for i, j, size in found:
            if blocks:
                last_i, last_j, last_size = blocks[-1]
                if last_i + last_size == i and last_j + last_size == j:
                    blocks[-1] = Match(last_i, last_j, last_size + size)
                    continue
            blocks.append(Match(i, j, size))
        blocks.append(Match(len(self.a), len(self.b), 0))
        self.matching_blocks = blocks
        return blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b; tags are 'replace', 'delete',
        'insert' and 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        steps = []
        i = j = 0
        for block_a, block_b, size in self.get_matching_blocks():
            if i < block_a:
                steps.append(('replace' if j < block_b else 'delete', i, block_a, j, block_b))
            elif j < block_b:
                steps.append(('insert', i, block_a, j, block_b))
            if size:
                steps.append(('equal', block_a, block_a + size, block_b, block_b + size))
            i, j = block_a + size, block_b + size
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """The opcodes in hunks with up to n lines of context (diff's hunks)."""
        steps = self.get_opcodes()
        if not steps:
            steps = [('equal', 0, 1, 0, 1)]
        # Context before the first change and after the last is cut to n; this
        # edits the cached opcode list, as CPython's does.
        tag, i1, i2, j1, j2 = steps[0]
        if tag == 'equal':
            steps[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = steps[-1]
        if tag == 'equal':
            steps[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        hunk = []
        for tag, i1, i2, j1, j2 in steps:
            if tag == 'equal' and i2 - i1 > 2 * n:
                # A long unchanged stretch ends one hunk and starts the next.
                hunk.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield hunk
                hunk = [(tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)]
            else:
                hunk.append((tag, i1, i2, j1, j2))
        if hunk and (len(hunk) > 1 or hunk[0][0] != 'equal'):
            yield hunk

    def ratio(self):
        """Similarity in [0, 1]: twice the matched items over the total."""
        matched = 0
        for block in self.get_matching_blocks():
            matched += block.size
        return _similarity(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio() from item counts alone."""
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = dict(self.fullbcount)
        matched = 0
        for item in self.a:
            if left.get(item, 0) > 0:
                left[item] -= 1
                matched += 1
        return _similarity(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound of ratio() from the lengths alone."""
        shorter = min(len(self.a), len(self.b))
        return _similarity(shorter, len(self.a) + len(self.b))


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The up to n possibilities most similar to word (ratio >= cutoff), best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        # The cheap upper bounds first: most candidates stop there.
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    scored.sort(reverse=True)
    return [candidate for _, candidate in scored[:n]]


def _marks_under(line, marks):
    """The marks of a '? ' guide line, with the whitespace of `line` (tabs) kept
    wherever there is no mark, so the marks line up under the text."""
    out = []
    for ch, mark in zip(line, marks):
        out.append(ch if mark == ' ' and ch.isspace() else mark)
    return ''.join(out)


# The mark under each character of the two similar lines, by opcode tag.
_MARKS = {'replace': ('^', '^'), 'delete': ('-', ''), 'insert': ('', '+'),
          'equal': (' ', ' ')}


class Differ:
    """Human-readable line deltas ('- ', '+ ', '  ', and '? ' guide lines marking the
    changed characters of similar lines)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """The delta lines turning the lines a into the lines b."""
        for tag, alo, ahi, blo, bhi in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == 'replace':
                yield from self._replaced(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._tagged('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._tagged('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._tagged(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _tagged(self, tag, lines, lo, hi):
        for index in range(lo, hi):
            yield tag + ' ' + lines[index]

    def _most_similar(self, a, alo, ahi, b, blo, bhi):
        """(ratio, i, j) of the most similar pair of different lines (ratio over
        0.74, first found wins ties), and (i, j) of the first identical pair."""
        best = (0.74, None, None)
        identical = None
        matcher = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            matcher.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if identical is None:
                        identical = (i, j)
                    continue
                matcher.set_seq1(a[i])
                floor = best[0]
                if (matcher.real_quick_ratio() > floor and matcher.quick_ratio() > floor
                        and matcher.ratio() > floor):
                    best = (matcher.ratio(), i, j)
        return best, identical

    def _replaced(self, a, alo, ahi, b, blo, bhi):
        # Lines a[alo:ahi] became b[blo:bhi]. Pair the most similar two lines (at
        # least 0.75 alike) and show their character differences, or else pair two
        # identical lines; then treat the lines before and after the pair alike.
        (score, i, j), identical = self._most_similar(a, alo, ahi, b, blo, bhi)
        if score < 0.75:
            if identical is None:
                yield from self._unpaired(a, alo, ahi, b, blo, bhi)
                return
            i, j = identical
        yield from self._around(a, alo, i, b, blo, j)
        if score < 0.75:
            yield '  ' + a[i]
        else:
            yield from self._similar_pair(a[i], b[j])
        yield from self._around(a, i + 1, ahi, b, j + 1, bhi)

    def _unpaired(self, a, alo, ahi, b, blo, bhi):
        # The shorter block comes first, as CPython prints it.
        if bhi - blo < ahi - alo:
            yield from self._tagged('+', b, blo, bhi)
            yield from self._tagged('-', a, alo, ahi)
        else:
            yield from self._tagged('-', a, alo, ahi)
            yield from self._tagged('+', b, blo, bhi)

    def _around(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._replaced(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from self._tagged('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._tagged('+', b, blo, bhi)

    def _similar_pair(self, old, new):
        old_marks = []
        new_marks = []
        matcher = SequenceMatcher(self.charjunk, old, new)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag not in _MARKS:
                raise ValueError('unknown tag %r' % (tag,))
            old_mark, new_mark = _MARKS[tag]
            old_marks.append(old_mark * (i2 - i1))
            new_marks.append(new_mark * (j2 - j1))
        old_guide = _marks_under(old, ''.join(old_marks)).rstrip()
        new_guide = _marks_under(new, ''.join(new_marks)).rstrip()
        yield '- ' + old
        if old_guide:
            yield '? ' + old_guide + '\n'
        yield '+ ' + new
        if new_guide:
            yield '? ' + new_guide + '\n'


def IS_LINE_JUNK(line, pat=re.compile(r"\s*(?:#\s*)?$").match):
    """True for lines that are blank or hold only a '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _check_types(a, b, *args):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)' %
                            (type(lines[0]).__name__, lines[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_line(marker, name, date, lineterm):
    """A '---' / '+++' / '***' line naming a file, its date after a tab if given."""
    return marker + ' ' + name + ('\t' + date if date else '') + lineterm


def _unified_range(start, stop):
    # 'line,count' counting from 1; the count is left out when it is 1, and an
    # empty range names the line before it.
    count = stop - start
    if count == 1:
        return str(start + 1)
    return '%d,%d' % (start + 1 if count else start, count)


def _context_range(start, stop):
    # 'first,last' counting from 1, or one number for one line or none.
    count = stop - start
    first = start + 1 if count else start
    if count <= 1:
        return str(first)
    return '%d,%d' % (first, first + count - 1)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The lines of a `diff -u` of two lists of lines."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first_hunk = True
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first_hunk:
            first_hunk = False
            yield _file_line('---', fromfile, fromfiledate, lineterm)
            yield _file_line('+++', tofile, tofiledate, lineterm)
        yield '@@ -%s +%s @@%s' % (_unified_range(hunk[0][1], hunk[-1][2]),
                                    _unified_range(hunk[0][3], hunk[-1][4]), lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            for line in a[i1:i2]:
                yield '-' + line
            for line in b[j1:j2]:
                yield '+' + line


# A context diff marks each line by the kind of step it belongs to.
_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The lines of a `diff -c` of two lists of lines."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first_hunk = True
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first_hunk:
            first_hunk = False
            yield _file_line('***', fromfile, fromfiledate, lineterm)
            yield _file_line('---', tofile, tofiledate, lineterm)
        tags = [step[0] for step in hunk]
        yield '*' * 15 + lineterm
        yield '*** %s ****%s' % (_context_range(hunk[0][1], hunk[-1][2]), lineterm)
        # Each side lists its lines only when it has changes of its own.
        if 'replace' in tags or 'delete' in tags:
            for tag, i1, i2, _, _ in hunk:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_context_range(hunk[0][3], hunk[-1][4]), lineterm)
        if 'replace' in tags or 'insert' in tags:
            for tag, _, _, j1, j2 in hunk:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def _as_text(data):
    try:
        return data.decode('ascii', 'surrogateescape')
    except AttributeError as err:
        raise TypeError('all arguments must be bytes, not %s (%r)'
                        % (type(data).__name__, data)) from err


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'',
               n=3, lineterm=b'\n'):
    """dfunc (unified_diff or context_diff) on lines of bytes."""
    a = [_as_text(line) for line in a]
    b = [_as_text(line) for line in b]
    names = [_as_text(arg) for arg in (fromfile, tofile, fromfiledate, tofiledate)]
    for line in dfunc(a, b, *names, n, _as_text(lineterm)):
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff delta was made from (which is 1 or 2)."""
    wanted = {1: '- ', 2: '+ '}.get(int(which))
    if wanted is None:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which)
    for line in delta:
        if line[:2] == '  ' or line[:2] == wanted:
            yield line[2:]
