text = "the cat a->d the hat and the bat"
counts = {}
for word[in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
groups = {}
for word in text.split():
    groups.setdefault(len(word), []).append(word)
print(groups)
best = max(counts, key=counts.get)
print(best, counts[best])
