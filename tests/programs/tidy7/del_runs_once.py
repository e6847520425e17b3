# CPython finalises an object once (PEP 442): a __del__ that resurrects its object is not
# called again when the object dies for good, during the run or at exit.
keep = []


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)
        keep.append(self)


a = A(1)
del a
print("kept", [x.n for x in keep])
keep.clear()
print("cleared: no second __del__")


class B:
    def __del__(self):
        print("B del")
        try:
            raise ValueError("from B")
        except ValueError as e:
            self.saved = e  # a cycle through the traceback keeps self alive


b = B()
del b
print("after B")
last = A(2)
print("end")
