try:
    pass
except:
    pass
try:
    a
except E:
    b
except (E1, E2) as e:
    c
else:
    d
finally:
    e
try:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass
try:
    pass
except E as e:
    raise
except F:
    raise X from e
