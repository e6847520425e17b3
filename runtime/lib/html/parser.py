"""A tolerant HTML tokenizer, as CPython 3.11's html.parser: subclass HTMLParser,
override the handle_* methods, feed() text (in pieces if you like) and close().

Tags, comments, declarations, processing instructions, character and entity
references and text are reported in document order. Broken markup never raises: what
cannot be read as markup is reported as text. A construct cut by the end of one feed()
is kept and completed by the next. The contents of <script> and <style> are text up
to their end tag.

How this one is built: one scanner (goahead) finds the next '<' or '&', reports the
text before it, and hands the markup to a reader chosen by how it starts; each reader
returns where the markup ends, or -1 when it needs more input."""

import re
from html import unescape

__all__ = ['HTMLParser']

# ---- the token grammar ------------------------------------------------------------
# Which inputs are tags, and what their attributes are, follows the tolerant rules of
# CPython's tokenizer exactly (themselves loosely based on the HTML5 tokenizer states).
# Start tags are scanned by hand (our re is written in Python: a scanner is several
# times faster); the rules are spelled out above each scanning function.

_NOT_IN_TAG_NAME = frozenset("\t\n\r\f />\x00")


def _skip_space(text, at):
    size = len(text)
    while at < size and text[at].isspace():
        at += 1
    return at


def _skip_gap(text, at):
    """Past spaces and slashes that do not close the tag ("/" before ">" stays)."""
    size = len(text)
    while at < size:
        char = text[at]
        if char.isspace() or (char == "/" and text[at + 1:at + 2] != ">"):
            at += 1
        else:
            break
    return at


def _tag_name_end(text, at):
    """A tag name is a letter and then anything but tab, newline, CR, FF, space,
    '/', '>' and NUL: the end of the one at `at`, or -1 when none starts there."""
    if not ("a" <= text[at:at + 1].lower() <= "z" and text[at:at + 1].isascii()):
        return -1
    at += 1
    size = len(text)
    while at < size and text[at] not in _NOT_IN_TAG_NAME:
        at += 1
    return at


def _attribute_name_end(text, at):
    """An attribute name starts right after a space, '/' or a quote, with anything
    but a space, '/' or '>'; it goes on up to a space, '/', '=' or '>'. Its end, or
    -1 when none starts at `at`."""
    if at >= len(text) or at == 0:
        return -1
    first, before = text[at], text[at - 1]
    if first.isspace() or first in "/>" or not (before.isspace() or before in "/'\""):
        return -1
    at += 1
    size = len(text)
    while at < size and not text[at].isspace() and text[at] not in "/=>":
        at += 1
    return at


def _bare_value_end(text, at):
    size = len(text)
    while at < size and text[at] != ">" and not text[at].isspace():
        at += 1
    return at


def _assignment(text, at):
    """An attribute's value part, spaces, one or more '=', spaces and a value (quoted
    with ' or ", or bare up to a space or '>'): (where it ends, the value's start and
    end), or None. An unclosed quote is not a value: the value is then empty at the
    last space before it, or, without a space, starts at the last of several '='."""
    cursor = _skip_space(text, at)
    if text[cursor:cursor + 1] != "=":
        return None
    equals_start = cursor
    while text[cursor:cursor + 1] == "=":
        cursor += 1
    equals_end = cursor
    start = _skip_space(text, cursor)
    quote = text[start:start + 1]
    if quote and quote in "'\"":
        close = text.find(quote, start + 1)
        if close >= 0:
            return close + 1, start, close + 1
        if start > equals_end:
            return start - 1, start - 1, start - 1
        if equals_end - equals_start >= 2:
            end = _bare_value_end(text, equals_end - 1)
            return end, equals_end - 1, end
        return None
    end = _bare_value_end(text, start)
    return end, start, end


def _start_tag_extent(text, at):
    """Where the readable part of the start tag at text[at] == '<' ends: its name,
    spaces and slashes, attributes (each maybe with a value, then spaces and
    slashes not closing the tag), then spaces."""
    cursor = _tag_name_end(text, at + 1)
    size = len(text)
    while cursor < size and (text[cursor].isspace() or text[cursor] == "/"):
        cursor += 1
    while True:
        name_end = _attribute_name_end(text, cursor)
        if name_end < 0:
            break
        cursor = name_end
        value = _assignment(text, cursor)
        if value is not None:
            cursor = _skip_space(text, value[0])
        cursor = _skip_gap(text, cursor)
    return _skip_space(text, cursor)


_end_tag = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_comment_end = re.compile(r"--\s*>")
_char_reference = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_entity_reference = re.compile(r"&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_reference_beginning = re.compile(r"&[a-zA-Z#]")
_markup_or_reference = re.compile(r"[&<]")
_reference_finished = re.compile(r"[\s;]")
_declaration_name = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
# Marked sections: <![CDATA[...]]> and kin end with ]]>, Microsoft's <![if ...]> with ]>.
_SECTION_END = {name: re.compile(r"]\s*]\s*>")
                for name in ("temp", "cdata", "ignore", "include", "rcdata")}
_SECTION_END.update({name: re.compile(r"]\s*>") for name in ("if", "else", "endif")})
# A start tag stopped by one of these may go on in the next feed().
_MAY_CONTINUE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ=/")
# The text of a reference cut by the end of the input can hide in this many characters.
_REFERENCE_REACH = 34


class HTMLParser:
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()

    With convert_charrefs (the default), character and entity references in text
    are replaced by the characters they stand for and handle_data gets whole runs of
    text; without it, they go to handle_charref and handle_entityref."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forgets everything fed so far, unprocessed text included."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _markup_or_reference
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Adds text to parse; any amount, line breaks included."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handles what is left, as if the document ended here."""
        self.goahead(1)

    _start_tag_source = None

    def get_starttag_text(self):
        """The source text of the last start tag read, '<' to '>'."""
        return self._start_tag_source

    def getpos(self):
        """(line, column) where the scanner is: lines count from 1, columns from 0."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Moves the position from rawdata[i] to rawdata[j]; returns j."""
        if j > i:
            breaks = self.rawdata.count("\n", i, j)
            if breaks:
                self.lineno += breaks
                self.offset = j - self.rawdata.rindex("\n", i, j) - 1
            else:
                self.offset += j - i
        return j

    def set_cdata_mode(self, elem):
        # Inside <script> or <style> only the matching end tag is markup.
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _markup_or_reference
        self.cdata_elem = None

    # ---- the scanner ----

    def _text(self, chunk):
        """Reports text, its references replaced when that is asked for."""
        if self.convert_charrefs and not self.cdata_elem:
            chunk = unescape(chunk)
        self.handle_data(chunk)

    def _next_markup(self, pos):
        """Where the next markup (or reference) after `pos` starts: len(rawdata) when
        the rest is text, None when the rest must wait for more input."""
        text = self.rawdata
        size = len(text)
        if self.convert_charrefs and not self.cdata_elem:
            found = text.find('<', pos)
            if found >= 0:
                return found
            # No '<': the rest is text, unless a reference may be cut at the end.
            ampersand = text.rfind('&', max(pos, size - _REFERENCE_REACH))
            if ampersand >= 0 and not _reference_finished.search(text, ampersand):
                return None
            return size
        match = self.interesting.search(text, pos)
        if match:
            return match.start()
        return None if self.cdata_elem else size

    def goahead(self, end):
        """Reports everything complete in rawdata; with `end`, all of it."""
        text = self.rawdata
        size = len(text)
        pos = 0
        while pos < size:
            found = self._next_markup(pos)
            if found is None:
                break
            if pos < found:
                self._text(text[pos:found])
            pos = self.updatepos(pos, found)
            if pos == size:
                break
            if text[pos] == '<':
                after = self._read_markup(pos)
                if after is None:
                    break
                if after < 0:
                    if not end:
                        break
                    after = self._unfinished_markup_end(pos)
                    self._text(text[pos:after])
                pos = self.updatepos(pos, after)
                continue
            after = self._read_reference(pos, end)
            if after is None:
                break
            if after < 0:       # the reference gave up; what it consumed is text
                pos = self.updatepos(pos, -after)
                break
            pos = self.updatepos(pos, after)
        if end and pos < size and not self.cdata_elem:
            self._text(text[pos:size])
            pos = self.updatepos(pos, size)
        self.rawdata = text[pos:]

    def _unfinished_markup_end(self, pos):
        """At the end of input, how much of unfinished markup is reported as text:
        up to a '>', else up to the next '<', else the '<' alone."""
        text = self.rawdata
        close = text.find('>', pos + 1)
        if close >= 0:
            return close + 1
        following = text.find('<', pos + 1)
        return following if following >= 0 else pos + 1

    def _read_markup(self, pos):
        """Reads the markup at rawdata[pos] == '<': where it ends, -1 when it is
        unfinished, None for a lone '<' at the very end (wait for more)."""
        text = self.rawdata
        if _tag_name_end(text, pos + 1) > 0:
            return self.parse_starttag(pos)
        opening = text[pos:pos + 4]
        if opening.startswith("</"):
            return self.parse_endtag(pos)
        if opening == "<!--":
            return self.parse_comment(pos)
        if opening.startswith("<?"):
            return self.parse_pi(pos)
        if opening.startswith("<!"):
            return self.parse_html_declaration(pos)
        if pos + 1 < len(text):
            self.handle_data("<")
            return pos + 1
        return None

    def _read_reference(self, pos, end):
        """Reads the reference at rawdata[pos] == '&' (references are only met when
        convert_charrefs is off): where it ends; None to stop and wait; -k to stop
        after consuming up to k."""
        text = self.rawdata
        if text.startswith("&#", pos):
            match = _char_reference.match(text, pos)
            if not match:
                # A broken numeric reference: '&#' is text if a ';' is coming.
                if ";" in text[pos:]:
                    self.handle_data(text[pos:pos + 2])
                    return -(pos + 2)
                return None
            self.handle_charref(match.group()[2:-1])
        else:
            match = _entity_reference.match(text, pos)
            if not match:
                beginning = _reference_beginning.match(text, pos)
                if beginning:
                    # A name cut by the end of the input (at close(), the '&' is dropped).
                    if end and beginning.group() == text[pos:]:
                        return -(pos + 1)
                    return None
                if pos + 1 < len(text):
                    self.handle_data("&")
                    return pos + 1
                return None
            self.handle_entityref(match.group(1))
        # The pattern took the character after the name; it belongs to the
        # reference only when it is ';'.
        after = match.end()
        return after if text[after - 1] == ';' else after - 1

    # ---- markup readers: each returns where its markup ends, or -1 ----

    def parse_html_declaration(self, i):
        text = self.rawdata
        if text.startswith('<!--', i):
            return self.parse_comment(i)
        if text.startswith('<![', i):
            return self.parse_marked_section(i)
        if text[i:i + 9].lower() == '<!doctype':
            close = text.find('>', i + 9)
            if close < 0:
                return -1
            self.handle_decl(text[i + 2:close])
            return close + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        # <!x...> and </ followed by no name: a comment up to the next '>'.
        close = self.rawdata.find('>', i + 2)
        if close < 0:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 2:close])
        return close + 1

    def parse_comment(self, i, report=1):
        match = _comment_end.search(self.rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 4:match.start()])
        return match.end()

    def parse_marked_section(self, i, report=1):
        text = self.rawdata
        name, after_name = self._declaration_word(i + 3, i)
        if after_name < 0:
            return after_name
        closing = _SECTION_END.get(name)
        if closing is None:
            raise AssertionError(
                'unknown status keyword %r in marked section' % text[i + 3:after_name])
        match = closing.search(text, i + 3)
        if not match:
            return -1
        if report:
            self.unknown_decl(text[i + 3:match.start()])
        return match.end()

    def _declaration_word(self, at, start):
        """(lowercased name, index after it and the spaces after it) of the word at
        `at`; (None, -1) when the input ends in or right after it."""
        text = self.rawdata
        if at == len(text):
            return None, -1
        match = _declaration_name.match(text, at)
        if not match:
            self.updatepos(start, at)
            raise AssertionError("expected name token at %r" % text[start:start + 20])
        if match.end() == len(text):
            return None, -1
        return match.group().strip().lower(), match.end()

    def parse_pi(self, i):
        close = self.rawdata.find('>', i + 2)
        if close < 0:
            return -1
        self.handle_pi(self.rawdata[i + 2:close])
        return close + 1

    def check_for_whole_start_tag(self, i):
        """Where the start tag at i ends (after its '>'), -1 when more input could
        change it, or the end of its readable part when it is broken."""
        text = self.rawdata
        stop = _start_tag_extent(text, i)
        following = text[stop:stop + 1]
        if following == ">":
            return stop + 1
        if following == "/":
            return stop + 2 if text.startswith("/>", stop) else -1
        if following == "" or following in _MAY_CONTINUE:
            return -1
        return stop if stop > i else i + 1

    def parse_starttag(self, i):
        self._start_tag_source = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        text = self.rawdata
        self._start_tag_source = text[i:stop]
        name_end = _tag_name_end(text, i + 1)
        tag = self.lasttag = text[i + 1:name_end].lower()
        at = _skip_gap(text, name_end)
        attrs = []
        while at < stop:
            key_end = _attribute_name_end(text, at)
            if key_end < 0:
                break
            value = _assignment(text, key_end)
            attrs.append((text[at:key_end].lower(),
                          None if value is None else _attribute_value(text[value[1]:value[2]])))
            at = _skip_gap(text, key_end if value is None else value[0])
        closing = text[at:stop].strip()
        if closing == "/>":
            self.handle_startendtag(tag, attrs)
        elif closing == ">":
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        else:
            # Not a tag after all (say, "<a$>"): its text is data, as written.
            self.handle_data(text[i:stop])
        return stop

    def parse_endtag(self, i):
        text = self.rawdata
        close = text.find('>', i + 1)
        if close < 0:
            return -1
        after = close + 1
        match = _end_tag.match(text, i)
        if match:
            tag = match.group(1).lower()
            if self.cdata_elem is not None and tag != self.cdata_elem:
                self.handle_data(text[i:after])
                return after
            self.handle_endtag(tag)
            self.clear_cdata_mode()
            return after
        if self.cdata_elem is not None:
            self.handle_data(text[i:after])
            return after
        # A tolerant read: the name, then anything up to the '>' is ignored.
        name_end = _tag_name_end(text, i + 2)
        if name_end < 0:
            if text.startswith('</>', i):
                return i + 3
            return self.parse_bogus_comment(i)
        close = text.find('>', _skip_gap(text, name_end))
        self.handle_endtag(text[i + 2:name_end].lower())
        return close + 1

    # ---- handlers, overridden by subclasses ----

    def handle_startendtag(self, tag, attrs):
        """<tag .../>: by default a start tag then an end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass


def _attribute_value(value):
    """An attribute's value as written: quotes taken off, references replaced."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    elif value in ("'", '"'):
        value = ""
    return unescape(value) if value else value
