a= b'\x00\xf\x80\xff'
b = b'\n\t\\'
c = b'\u1234'
d = b"'"
e = b'\N{x}'
