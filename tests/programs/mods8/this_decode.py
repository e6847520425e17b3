# What `import this` keeps: the Zen in ROT13 (this.s) and the table that decodes it
# (this.d). Imported twice, it prints once.
import this
import this

decoded = "".join(this.d.get(ch, ch) for ch in this.s)
lines = decoded.splitlines()
print(len(lines), "lines;", lines[2])
print(this.s.splitlines()[2])
print(sorted(this.d.items())[:3], this.d["n"], this.d["N"])
import codecs
print(codecs.encode(this.s, "rot13") == decoded)
