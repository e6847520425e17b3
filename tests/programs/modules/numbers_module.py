import numbers
print(isinstance(5, numbers.Integral), isinstance(5.0, numbers.Real), isinstance(5.0, numbers.Integral), isinstance(True, numbers.Number), isinstance("x", numbers.Number), issubclass(int, numbers.Complex))
