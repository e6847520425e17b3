class Node:
    def __init__(self):
        self.child = self
    def depth(self):
        return 1 + self.child.depth()
Node().depth()
