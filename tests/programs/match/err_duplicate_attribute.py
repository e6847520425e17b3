class Pair:
    __match_args__ = ("left", "right")

    def __init__(self, left, right):
        self.left, self.right = left, right


match Pair(1, 2):
    case Pair(l, left=x):
        print(l, x)
