class LinkedList:
    class _Node:
        __slots__ = ("value", "next")
        def __init__(self, value, next=None):
            self.value = value
            self.next = next
    def __init__(self, items=()):
        self.head = None
        for item in reversed(list(items)):
            self.head = self._Node(item, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "(empty)"
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
ll = LinkedList([1, 2, 3, "four"])
print(ll, len(ll))
ll.reverse()
print(ll)
print(LinkedList(), list(LinkedList("ab")))
