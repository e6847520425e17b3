a = 1j
b = 2.5J
c = 1e3j
d = 0j
e# = + 2j
f = 1_0j
