def shift_char(c, k):
    if c.isupper():
        return chr((ord(c) - 65 + k) % 26 + 65)
    if c.islower():
        return chr((ord(c) - 97 + k) % 26 + 97)
    return c
def encrypt(text, k):
    return "".join(shift_char(c, k) for c in text)
msg = "Attack at Dawn, 5 o'clock!"
secret = encrypt(msg, 13)
print(secret)
print(encrypt(secret, -13))
from collections import Counter
def crack(cipher):
    best = max(range(26), key=lambda k: Counter(encrypt(cipher, -k).lower())["e"])
    return best, encrypt(cipher, -best)
print(crack(encrypt("meet me here whenever the tree sees the bee", 7)))
