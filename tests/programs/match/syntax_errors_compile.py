# Compile-time errors of match statements: message and position, through compile().
sources = [
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case 1 | y | 3:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case (y as z):\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case y if y:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case [_ | 1]:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case Point(x=a, y=(b as a)):\n        pass\n",
    "match x:\n    case [a, (1 as a) | (2 as a)]:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case (a, b) | (a, c, d):\n        pass\n",
    "match x:\n    case f'x{y}':\n        pass\n",
    "match x:\n    case {f'a': 1}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case {1: a, True: b}:\n        pass\n",
    "match x:\n    case {-1: a, -1.0: b}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case C(__debug__=1):\n        pass\n",
    "match x:\n    case *a:\n        pass\n",
    "match x:\n    case 1 as _:\n        pass\n",
    "match x:\n    case 1 as 3:\n        pass\n",
    "match x:\n    case 1+2:\n        pass\n",
    "match x:\n    case 1j+2j:\n        pass\n",
    "match x:\n    case {a: 1}:\n        pass\n",
    "match x:\n    case C(b=1, a, c):\n        pass\n",
    "match x:\n    case _.attr:\n        pass\n",
    "match x\n    case 1:\n        pass\n",
    "match x:\n    case 1\n        pass\n",
    "match x:\ncase 1:\n    pass\n",
    "match x:\n    case 1:\n    pass\n",
    "match(x)\nx = 1 +\n",
    "for i in x:\n    match i:\n        case 1:\n            break\n        case _:\n            continue\n",
    "match 1:\n    case 1:\n        break\n",
]
for src in sources:
    try:
        compile(src, "snippet", "exec")
        print("compiles")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} ({e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset})")
