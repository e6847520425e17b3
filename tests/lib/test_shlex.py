import shlex
from compare import load, same

ts = load("shlex")

lines = [
    'ls -l "my file" \'x y\'', "a\\ b c", 'echo "a \\"quoted\\" word"', "one  two\tthree\nfour",
    "", "   ", "x # comment here", "x#notcomment", 'a"b"c', "'it'\\''s'", '"unterminated',
    "escape at end\\", '"\\$HOME \\n \\\\"', "'\\n'", "foo=bar baz='q u'", "ça marche à l'œil",
    "a;b|c&&d", "cmd > out.txt 2>&1", "''", '""', "a '' b", "x\\y", '"a\\\\b"', "(echo hi)",
]
for line in lines:
    for posix in (True, False):
        same(f"split {line!r} {posix}", lambda: ts.split(line, posix=posix),
             lambda: shlex.split(line, posix=posix))
        same(f"split comments {line!r} {posix}", lambda: ts.split(line, comments=True, posix=posix),
             lambda: shlex.split(line, comments=True, posix=posix))

    def tokens(mod, punct, posix=True):
        lex = mod.shlex(line, posix=posix, punctuation_chars=punct)
        return list(lex)
    for punct in (False, True, "|&"):
        same(f"shlex {line!r} {punct}", lambda: tokens(ts, punct), lambda: tokens(shlex, punct))
        same(f"shlex classic {line!r} {punct}", lambda: tokens(ts, punct, False),
             lambda: tokens(shlex, punct, False))

words = ["", "simple", "with space", "it's", 'say "hi"', "$HOME", "a*b", "x=1", "-v",
         "path/to/file.txt", "tab\there", "new\nline", "ünï", "@host:1,2%+"]
for w in words:
    same(f"quote {w!r}", lambda: ts.quote(w), lambda: shlex.quote(w))
    same(f"roundtrip {w!r}", lambda: ts.split(ts.quote(w)), lambda: [w])
same("join", lambda: ts.join(words), lambda: shlex.join(words))


def lexer_api(mod):
    lex = mod.shlex("a b 'c d' e", posix=True)
    out = [lex.get_token(), lex.lineno]
    lex.push_token("pushed")
    out += [lex.get_token(), lex.get_token(), lex.get_token(), lex.error_leader()]
    lex2 = mod.shlex("x\ny\nz")
    out += [list(lex2), lex2.lineno, lex2.eof, lex.eof]
    lex3 = mod.shlex("k=v, w", posix=True)
    lex3.wordchars += "=,"
    out += [list(lex3)]
    return out


same("lexer api", lambda: lexer_api(ts), lambda: lexer_api(shlex))


# Lexer settings the lines above do not reach: whitespace_split with punctuation,
# comments in the middle of words, line counting across comments, custom quotes.
def configured(mod, text, posix, punct, split_ws, comments):
    lex = mod.shlex(text, posix=posix, punctuation_chars=punct)
    lex.whitespace_split = split_ws
    if not comments:
        lex.commenters = ''
    out = []
    try:
        for tok in lex:
            out.append((tok, lex.lineno))
    except ValueError as e:
        out.append(("error", str(e), lex.lineno))
    return out


texts = ["a&&b||c;d", "w#c\nnext line", "x 'a\\'b' \"c\\\"d\\e\"", "(a)<b>>c 2>&1|tee",
         "first\n# whole line\nsecond # tail\nthird", "é|ü", "a\\\nb", "'abc", "x\\",
         "'a'\"b\"c d\\ e"]
for text in texts:
    for posix in (True, False):
        for punct in (False, True):
            for split_ws in (False, True):
                for comments in (False, True):
                    label = f"configured {text!r} {posix} {punct} {split_ws} {comments}"
                    same(label, lambda: configured(ts, text, posix, punct, split_ws, comments),
                         lambda: configured(shlex, text, posix, punct, split_ws, comments))
for odd in (3, None, b"ab c", ["a"], ["a b"], 0, b"", bytearray(b"x")):
    same(f"quote {odd!r}", lambda: ts.quote(odd), lambda: shlex.quote(odd))
