match x:
    case [1, a, *rest] if a > 0:
        pass
    case {"k": v, **kw}:
        pass
    case Point(1, y=b) | Point(2, y=b):
        pass
    case str() | bytes() as s:
        pass
    case None | True | False:
        pass
    case -1 | 1+2j | -1.5-2j | Color.RED | b"x" | "a" "b" | a.b.c:
        pass
    case {}:
        pass
    case (a, *_):
        pass
    case (x):
        pass
    case ():
        pass
    case []:
        pass
    case [*_]:
        pass
    case a, b,:
        pass
    case *a, b:
        pass
    case {1: _, -2: x, 1-2j: y, None: z, a.b: w, **r,}:
        pass
    case C(a, b, c=1, d=[e, f],):
        pass
    case (1 | 2) as y:
        pass
    case [[1, 2], (3, 4), {5: 6}]:
        pass
    case _:
        pass
match = 3
match(x)
match[x]
print(match, case, _)
match.x = 1
case = [match]
match *a, b,:
    case x if (y := x):
        pass
match -x:
    case 0: pass
match (n := f()), :
    case _: pass
def f():
    match x:
        case {"a": 1}:
            return 1
        case _:
            match y:
                case z: return z
