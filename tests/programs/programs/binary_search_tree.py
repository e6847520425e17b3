class Node:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None
class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key):
        def _insert(node):
            if node is None:
                self.size += 1
                return Node(key)
            if key < node.key:
                node.left = _insert(node.left)
            elif key > node.key:
                node.right = _insert(node.right)
            return node
        self.root = _insert(self.root)
    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)
    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    tree.insert(k)
print(list(tree), tree.size, tree.height(), 65 in tree, 66 in tree)
