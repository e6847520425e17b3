    def __bool__(self):
        return True
    de
 __len__(self):
        return 0
print(bool(Empty()), bool(Truthy()), "yes" if Empty() else "no")
class Bad:
    def __len__(self):
        return -1
try:
    len(Bad())