lines = [
    "The quick brown fox",
    "jumps over the lazy dog.",
    "",
    "Pack my box with five dozen liquor jugs!",
]
chars = sum(len(l) for l in lines)
words = [w.strip(".,!") for l in lines for w in l.split()]
print("lines", len(lines), "chars", chars, "words", len(words))
print("average word length", round(sum(map(len, words)) / len(words), 3))
letters = [c for c in "".join(lines).lower() if c.isalpha()]
print("pangram lines:", [i for i, l in enumerate(lines) if set("abcdefghijklmnopqrstuvwxyz") <= set(l.lower())])
vowels = sum(c in "aeiou" for c in letters)
print("vowels", vowels, "consonants", len(letters) - vowels)
print(" ".join(w[::-1] for w in lines[0].split()))
print(lines[1].title(), lines[3].swapcase())
