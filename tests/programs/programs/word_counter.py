text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
import re
from collections import Counter
words = re.findall(r"[a-z]+", text.lower())
counts = Counter(words)
print(len(words), "words,", len(counts), "distinct")
for word, n in counts.most_common(6):
    print(f"{word:>8} {n:3d} {'#' * n}")
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest)
by_letter = {}
for w in sorted(counts):
    by_letter.setdefault(w[0], []).append(w)
print({k: v for k, v in by_letter.items() if len(v) > 1})
