print(chr(65), chr(8364), ord("€"), ord("a"), hex(255), hex(-1), oct(64), bin(10), bin(-10))
print(format(255, "x"), format(255, "08b"), format(3.5, ".2f"), format("x", "^5"), format(1234567, ","))
print(int(hex(1234), 16), int(bin(99), 2), int(oct(77), 8))
