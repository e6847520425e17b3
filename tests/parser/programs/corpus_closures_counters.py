def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        value = count
        count += step
        return value
    return counter
c1 = make_counter()
c2 = make_counter(10, 5)
print(c1(), c1(), c2(), c1(), c2())
print(c1.__closure__ is not None, len(c1.__closure__))
