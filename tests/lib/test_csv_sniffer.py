"""csv.Sniffer (runtime/lib/csv.py): sniff and has_header on hand-written samples,
on CSV written by csv.writer with random dialects and contents, and on random text,
loaded under CPython against its own Sniffer; then a run on our engine (our re)."""
import csv
import io
import random
import compare
from compare import load, same

ours = load("csv")

SAMPLES = [
    "a,b,c\n1,2,3\n4,5,6\n",
    "name;age;city\nbob;3;paris\nal;44;rome\n",
    "x\ty\n1\t2\n3\t4\n",
    "a b c\n1 2 3\n",
    "a:b:c\n1:2:3\n",
    "a|b|c\n1|2|3\n",
    "'a','b'\n'c','d'\n",
    '"a","b"\n"c","d"\n',
    '"a", "b", "c"\n"1", "2", "3"\n',
    '"he said ""hi""",2\n"x",3\n',
    "just one column\nanother line\nthird\n",
    '"only"\n"quoted"\n"lines"\n',
    "",
    "\n\n",
    "a,b;c\n1,2;3\n4,5;6\n",
    "1,2,3\n4,5,6\n7,8,9\n",
    "id,name,score\n1,alice,9.5\n2,bob,7\n3,carol,8.25\n",
    "Date,Open,High\n2020-01-01,1.0,2.0\n2020-01-02,1.5,2.5\n",
    "h1,h2\nlong value,x\nlonger value,y\n",
    "a,b\n1\n2,3,4\n5,6\n",
    "one;two\n'x';'y'\n",
    'x, "y, z", w\n1, "2, 3", 4\n',
    "a\tb\tc\n\n1\t2\t3\n",
    "col\n1\n2\n3\n",
    "name\nbob\nalice\n",
    "a,b,c\r\n1,2,3\r\n",
    "a#b#c\n1#2#3\n#x#y\n",
    "a,,b\n,,\n1,,2\n",
    "3.5,abc\n1e5,defg\n-2,hi\n",
    'quote"inside,b\nc,d\n',
    "'x' 'y'\n'z' 'w'\n",
    "€,ü\nå,ø\n",
] + ["\n".join(",".join(str(i * j) for j in range(4)) for i in range(n)) for n in (1, 2, 11, 25)]


def sniffed(mod, sample, delimiters=None):
    d = mod.Sniffer().sniff(sample, delimiters)
    return (d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace, d.quoting,
            d.lineterminator, d._name, d.escapechar, isinstance(d, type))


def header(mod, sample):
    return mod.Sniffer().has_header(sample)


for i, sample in enumerate(SAMPLES):
    same(f"sniff sample {i} {sample[:30]!r}", lambda: sniffed(ours, sample), lambda: sniffed(csv, sample))
    for delims in (",", ";\t", " :", "|#"):
        same(f"sniff sample {i} delimiters={delims!r}", lambda: sniffed(ours, sample, delims),
             lambda: sniffed(csv, sample, delims))
    same(f"has_header sample {i}", lambda: header(ours, sample), lambda: header(csv, sample))

# ---- CSV written with random dialects ---------------------------------------------------
rng = random.Random(11)
WORDS = ["alpha", "beta", "x", "", "12", "3.5", "-7", "1e3", "two words", "a,b", "q\"t", "semi;colon",
         "tab\there", "colon:z", "pipe|y", "1+2j", "nan", "Ünï", "  pad", "o'k", "line\nbreak"]
for trial in range(300):
    delimiter = rng.choice([",", ";", "\t", " ", ":", "|"])
    quoting = rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC])
    quotechar = rng.choice(['"', "'"])
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, quotechar=quotechar, quoting=quoting,
                        skipinitialspace=rng.random() < 0.2, lineterminator=rng.choice(["\n", "\r\n"]))
    columns = rng.randint(1, 6)
    numeric = [rng.random() < 0.5 for _ in range(columns)]
    header_row = [f"col{c}" for c in range(columns)] if rng.random() < 0.6 else None
    if header_row:
        writer.writerow(header_row)
    for _ in range(rng.randint(1, 30)):
        row = []
        for c in range(columns):
            if numeric[c] and quoting != csv.QUOTE_NONNUMERIC:
                row.append(str(rng.randint(-50, 5000)))
            elif numeric[c]:
                row.append(rng.choice([rng.randint(0, 99), rng.random()]))
            else:
                row.append(rng.choice(WORDS))
        if rng.random() < 0.1:
            row = row[:-1] or row
        writer.writerow(row)
    sample = out.getvalue()
    if rng.random() < 0.3:
        sample = sample[:rng.randint(0, len(sample))]
    same(f"written {trial} sniff", lambda: sniffed(ours, sample), lambda: sniffed(csv, sample))
    same(f"written {trial} has_header", lambda: header(ours, sample), lambda: header(csv, sample))

# ---- random text ------------------------------------------------------------------------------
for trial in range(300):
    alphabet = rng.choice(["ab,;\n\"' 12", "xy\t:|\n'5.", "a,\n\"\" ;", "abc 1.2\n,,,\"'"])
    sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
    same(f"random {trial} sniff", lambda: sniffed(ours, sample), lambda: sniffed(csv, sample))
    same(f"random {trial} has_header", lambda: header(ours, sample), lambda: header(csv, sample))


def misc(mod):
    s = mod.Sniffer()
    d = s.sniff("a;b\n1;2\n")
    rows = list(mod.reader(io.StringIO("x;y\n3;4\n"), d))
    return (s.preferred, rows, issubclass(d, mod.Dialect), d.__name__, d().delimiter)


same("sniffer misc", lambda: misc(ours), lambda: misc(csv))

PROGRAM = r'''
import csv, io
samples = ["a,b,c\n1,2,3\n", "n;age\nbob;3\nal;44\n", '"a", "b"\n"c", "d"\n', 'x\ty\n1\t2\n',
           '"he said ""hi""",2\n"x",3\n', "a b\n1 2\n", "id,name\n1,al\n2,bo\n", "only\n"]
for s in samples:
    try:
        d = csv.Sniffer().sniff(s)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
              csv.Sniffer().has_header(s), list(csv.reader(io.StringIO(s), d)))
    except csv.Error as e:
        print("Error", e)
print(csv.Sniffer().sniff("a|b\n1|2\n", delimiters="|").delimiter, csv.Sniffer().preferred)
'''
compare.same_output("csv_sniffer", PROGRAM)
