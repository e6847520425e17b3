    pass
except:
    pass
try:
    a
except E:
    b
except (E1def, E2) as e:
    c
else: