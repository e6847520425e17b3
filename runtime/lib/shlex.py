"""Shell-like lexing: split('ls -l "my file"') gives ['ls', '-l', 'my file'];
quote(s) makes s safe as one shell word and join(words) is the inverse of split.
The shlex class is the lexer behind them (posix or classic mode, comments,
punctuation_chars); `source` inclusion of other files is not supported."""

import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

# The lexer is a small state machine. Between tokens it is AT_GAP (or FINISHED once
# the input is exhausted); inside a token it is IN_WORD, IN_PUNCT (a run of
# punctuation characters), IN_QUOTES or AFTER_ESCAPE.
AT_GAP, IN_WORD, IN_PUNCT, IN_QUOTES, AFTER_ESCAPE, FINISHED = range(6)

_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
# Latin-1 letters count as word characters in posix mode.
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    """A lexer over a string or a stream; iterate over it or call get_token()."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            instream, infile = sys.stdin, None
        self.instream = instream
        self.infile = infile
        self.posix = posix
        # End of input reads as None in posix mode and as '' in classic mode.
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.source = None
        self.filestack = deque()
        self.pushback = deque()
        self._mode = AT_GAP
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars or ''
        # Characters read past the end of a punctuation run, to be read again.
        self._unread = []
        if self._punctuation_chars:
            # With punctuation on, characters common in paths and globs join words,
            # and no punctuation character may stay a word character.
            chars = self.wordchars + '~-./*?='
            self.wordchars = ''.join([c for c in chars if c not in self._punctuation_chars])

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Makes tok the next token get_token() returns."""
        self.pushback.appendleft(tok)

    def get_token(self):
        """The next token, or self.eof (None in posix mode, '' otherwise)."""
        if self.pushback:
            return self.pushback.popleft()
        return self.read_token()

    def read_token(self):
        """Reads one token from the input, ignoring pushed-back tokens."""
        # Per-token scanning state: whether a quote was seen (so '' is a token in
        # posix mode), which quote is open, and where an escape returns to.
        self._quoted = False
        self._open_quote = None
        self._escape_char = None
        self._escape_return = IN_WORD
        while True:
            ch = self._unread.pop() if self._unread else self.instream.read(1)
            if ch == '\n':
                self.lineno += 1
            if self._mode == FINISHED:
                self.token = ''
                break
            if self._STEP[self._mode](self, ch):
                break
        word = self.token
        self.token = ''
        if word == '' and self.posix and not self._quoted:
            return None
        return word

    # Each step consumes one character and says whether the token is complete.

    def _token_is_ready(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _end_word(self):
        """Leaves the word; the token is complete unless there is none yet."""
        self._mode = AT_GAP
        return self._token_is_ready()

    def _discard_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _open_quotes(self, ch):
        self._mode = IN_QUOTES
        self._open_quote = ch

    def _begin_escape(self, ch, return_to):
        self._mode = AFTER_ESCAPE
        self._escape_char = ch
        self._escape_return = return_to

    def _step_gap(self, ch):
        if ch == '':
            self._mode = FINISHED
            return True
        if ch in self.whitespace:
            return self._token_is_ready()
        if ch in self.commenters:
            self._discard_comment()
        elif self.posix and ch in self.escape:
            self._begin_escape(ch, IN_WORD)
        elif ch in self.wordchars:
            self.token = ch
            self._mode = IN_WORD
        elif ch in self._punctuation_chars:
            self.token = ch
            self._mode = IN_PUNCT
        elif ch in self.quotes:
            # Classic mode keeps the quotes in the token.
            if not self.posix:
                self.token = ch
            self._open_quotes(ch)
        elif self.whitespace_split:
            self.token = ch
            self._mode = IN_WORD
        else:
            # Any other character is a token of its own.
            self.token = ch
            return True
        return False

    def _step_quotes(self, ch):
        self._quoted = True
        quote_char = self._open_quote
        if ch == '':
            raise ValueError("No closing quotation")
        if ch == quote_char:
            if self.posix:
                self._mode = IN_WORD
                return False
            self.token += ch
            self._mode = AT_GAP
            return True
        if self.posix and ch in self.escape and quote_char in self.escapedquotes:
            self._begin_escape(ch, IN_QUOTES)
        else:
            self.token += ch
        return False

    def _step_escape(self, ch):
        if ch == '':
            raise ValueError("No escaped character")
        if self._escape_return == IN_QUOTES and ch not in (self._escape_char, self._open_quote):
            # Within quotes an escape only protects the quote and itself; before
            # anything else it stays in the word.
            self.token += self._escape_char
        self.token += ch
        self._mode = self._escape_return
        return False

    def _step_word(self, ch):
        if ch == '':
            self._mode = FINISHED
            return True
        if ch in self.whitespace:
            return self._end_word()
        if ch in self.commenters:
            self._discard_comment()
            # Classic mode carries on with the same word on the next line.
            return self._end_word() if self.posix else False
        if self.posix and ch in self.quotes:
            self._open_quotes(ch)
        elif self.posix and ch in self.escape:
            self._begin_escape(ch, IN_WORD)
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self._punctuation_chars)):
            self.token += ch
        else:
            # A character that cannot continue the word starts the next token.
            if self._punctuation_chars:
                self._unread.append(ch)
            else:
                self.pushback.appendleft(ch)
            return self._end_word()
        return False

    def _step_punct(self, ch):
        if ch == '':
            self._mode = FINISHED
            return True
        if ch in self.whitespace:
            return self._end_word()
        if ch in self.commenters:
            self._discard_comment()
            return self._end_word() if self.posix else False
        if ch in self._punctuation_chars:
            self.token += ch
            return False
        self._unread.append(ch)
        self._mode = AT_GAP
        return True

    _STEP = {AT_GAP: _step_gap, IN_WORD: _step_word, IN_PUNCT: _step_punct,
             IN_QUOTES: _step_quotes, AFTER_ESCAPE: _step_escape}

    def error_leader(self, infile=None, lineno=None):
        """The '"file", line N: ' prefix for error messages."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """The words of s as a POSIX shell splits them (quotes, backslashes)."""
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """The words quoted and joined with spaces: split(join(words)) == words."""
    return ' '.join([quote(word) for word in split_command])


# Characters a shell never treats specially (ASCII letters, digits and a few marks).
_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
                  '_@%+=:,./-')


def quote(s):
    """s as one shell word: unchanged when it is made of safe characters, otherwise in
    single quotes (a single quote inside becomes '"'"')."""
    if not s:
        return "''"
    # The errors CPython's regular-expression search gives for other types.
    if isinstance(s, (bytes, bytearray)):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    if not isinstance(s, str):
        raise TypeError("expected string or bytes-like object, got %r" % type(s).__name__)
    for ch in s:
        if ch not in _SAFE:
            return "'" + s.replace("'", "'\"'\"'") + "'"
    return s
