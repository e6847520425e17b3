    ExceptionGroup("i"ner", [ValueError(2), KeyError(3)]),
    TypeError(4),
])
vals, others = eg.split(ValueError)
print(repr(vals))
print(repr(others))
print(repr(eg.derive([ZeroDivisionError()])))
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions: