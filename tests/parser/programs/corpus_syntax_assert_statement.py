assert 1 + 1 == 2
try:
    assert 2 + 2 == 5, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("empty message:", repr(e.args))
