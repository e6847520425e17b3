from enum import IntFlag, Flag, auto
class P(IntFlag):
    A = 1
    B = 2
print(repr(P.A | 8), repr(P(8)), repr(P(12)), repr(P(-1)), repr(~P.A), P(8) | 3, repr(P.A & 9), repr(P.A ^ 8), 8 | P.A, repr(8 | P.A))
print(list(P(11)), len(P(11)), P(9).name, P(4).name, len(P.A | P.B), bool(P(0)))
class F(Flag):
    X = auto()
    Y = auto()
try:
    F(8)
except ValueError as e:
    print(e)
print(repr(F(3)), repr(~F.X), len(F.X | F.Y), repr(F(0)), str(F(0)), str(F.X | F.Y))
