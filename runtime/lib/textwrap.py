"""Text wrapping and filling: wrap, fill, shorten, dedent, indent, TextWrapper."""

import re

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# The characters TextWrapper treats as whitespace (ASCII only, like CPython).
_SPACES = "\t\n\x0b\x0c\r "
_TO_SPACE = {ord(c): " " for c in _SPACES}


def _chunk_patterns():
    """The regular expressions that cut text into chunks: runs of whitespace and
    words, where a word may also end after a hyphen that joins two letters
    ("well-" "known") and a run of two or more dashes between words is a chunk."""
    space = "[\\t\\n\\x0b\\x0c\\r ]"
    solid = "[^\\t\\n\\x0b\\x0c\\r ]"
    letter = "[^\\d\\W]"
    ends_word = "[\\w!\"'&.,?]"
    # A hyphen is a break point when letters come on both sides: two letters before
    # it (or letter-hyphen-letter) and a letter, maybe a hyphen, a letter after.
    after_hyphen = "-(?:(?<=L{2}-)|(?<=L-L-))(?=L-?L)".replace("L", letter)
    word_stops = [after_hyphen, "(?=" + space + "|\\Z)",
                  "(?<=" + ends_word + ")(?=-{2,}\\w)"]
    dash_run = "(?<=" + ends_word + ")-{2,}(?=\\w)"
    word = solid + "+?(?:" + "|".join(word_stops) + ")"
    hyphenating = re.compile("(" + "|".join([space + "+", dash_run, word]) + ")")
    plain = re.compile("(" + space + "+)")
    return hyphenating, plain


def _ends_sentence(chunk):
    """Whether a chunk ends like a sentence: a lowercase letter, then . ! or ?,
    then maybe a closing quote."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    """Breaks paragraphs into lines of at most `width` characters, the way CPython's
    TextWrapper does: words are split at whitespace and after hyphens, sentence ends
    may get two spaces, over-long words are broken unless told not to."""

    wordsep_re, wordsep_simple_re = _chunk_patterns()

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # ---- cutting the text into chunks

    def _chunks(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_TO_SPACE)
        pattern = self.wordsep_re if self.break_on_hyphens else self.wordsep_simple_re
        chunks = [piece for piece in pattern.split(text) if piece]
        if self.fix_sentence_endings:
            # One space after a sentence's end becomes two.
            for i in range(len(chunks) - 1):
                if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                    chunks[i + 1] = "  "
        return chunks

    # ---- laying chunks out in lines

    def _check_width(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first_only = self.max_lines <= 1
            margin = self.initial_indent if first_only else self.subsequent_indent
            if len(margin) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

    def _cut_long_chunk(self, chunks, at, line, used, room):
        """Deals with chunks[at], too long for any line: puts its head on `line`
        (at a hyphen if one fits) and returns the index of the next chunk."""
        chunk = chunks[at]
        if self.break_long_words:
            fits = room - used if room >= 1 else 1
            cut = fits
            if self.break_on_hyphens and len(chunk) > fits:
                hyphen = chunk.rfind("-", 0, fits)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    cut = hyphen + 1
            line.append(chunk[:cut])
            chunks[at] = chunk[cut:]
            return at
        if not line:
            # Unbreakable and alone: it gets a line of its own, however long.
            line.append(chunk)
            return at + 1
        return at

    def _only_space_left(self, chunks, at):
        rest = len(chunks) - at
        return rest == 0 or (self.drop_whitespace and rest == 1 and not chunks[at].strip())

    def _end_with_placeholder(self, lines, line, used, margin, room):
        """The last line allowed by max_lines: drops chunks from its end until the
        placeholder fits after a word, or else puts it on the line before."""
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(margin + "".join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(margin + mark.lstrip())

    def _lines(self, chunks):
        self._check_width()
        lines = []
        at = 0
        while at < len(chunks):
            margin = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(margin)
            # Whitespace never starts a line after the first.
            if lines and self.drop_whitespace and not chunks[at].strip():
                at += 1
            line = []
            used = 0
            while at < len(chunks) and used + len(chunks[at]) <= room:
                line.append(chunks[at])
                used += len(chunks[at])
                at += 1
            if at < len(chunks) and len(chunks[at]) > room:
                at = self._cut_long_chunk(chunks, at, line, used, room)
                used = sum([len(piece) for piece in line])
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            last_allowed = (self.max_lines is not None and len(lines) + 1 >= self.max_lines
                            and not (self._only_space_left(chunks, at) and used <= room))
            if last_allowed:
                self._end_with_placeholder(lines, line, used, margin, room)
                break
            lines.append(margin + "".join(line))
        return lines

    def wrap(self, text):
        """The paragraph as a list of lines without final newlines."""
        return self._lines(self._chunks(text))

    def fill(self, text):
        """The paragraph wrapped into one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates to width, ending with a placeholder."""
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(" ".join(text.split()))


def _indentation(line):
    return line[:len(line) - len(line.lstrip(" \t"))]


def dedent(text):
    """Removes the whitespace prefix common to every non-blank line; lines of only
    spaces and tabs become empty."""
    lines = text.split("\n")
    margins = [_indentation(line) for line in lines if line.strip(" \t")]
    common = margins[0] if margins else ""
    for margin in margins[1:]:
        n = 0
        while n < len(common) and n < len(margin) and common[n] == margin[n]:
            n += 1
        common = common[:n]
    out = []
    for line in lines:
        if not line.strip(" \t"):
            out.append("")
        else:
            out.append(line[len(common):])
    return "\n".join(out)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text for which predicate holds (default: lines that
    are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        wanted = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if wanted else line)
    return "".join(out)
