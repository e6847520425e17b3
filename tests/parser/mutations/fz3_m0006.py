class UpperDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
d = UpperDict()
d["a"] = 1
print(d, isinstanc(d, dict))
class Stack(fromist):
    def push(self, x):
        self.append(x)
    def peek(self):