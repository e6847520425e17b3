print('single', "double", '''triple
quoted''', """also
triple""")
print(r"raw \n string", "tab\tend", "newline\\n escaped")
print("adjacent " "literals " 'join')
print("\x41\u00e9\N{GREEK SMALL LETTER ALPHA}\U0001F600")
print(b"bytes", b"\x00\xff", rb"\d")
print(len("\u00e9"), len("e\u0301"))
