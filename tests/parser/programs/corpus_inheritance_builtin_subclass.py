class UpperDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
d = UpperDict()
d["a"] = 1
print(d, isinstance(d, dict))
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), len(s))
class MyError(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(404)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
