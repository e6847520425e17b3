class Node:
    def __init__(self, nxt=None):
        self.next = nxt
        self.value = 1

def walk(n):
    total = 0
    while True:
        total += n.value
        n = n.next.next
    return total

print(walk(Node(Node(Node()))))
