class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, card):
        print("(contains called)")
        return card in self.cards
    def __iter__(self):
        return iter(self.cards)
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
deck = Deck()
print(len(deck), deck[0], deck[-1], deck[1:3], "2H" in deck)
deck[0] = "KS"
del deck[1]
print(list(deck), bool(deck), list(reversed(deck)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
