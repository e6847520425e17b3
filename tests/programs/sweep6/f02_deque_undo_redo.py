import asyncio
from collections import deque
class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack = deque(maxlen=5)
        self.redo_stack = deque()
    def type(self, s):
        self.undo_stack.append(self.text)
        self.redo_stack.clear()
        self.text += s
    def undo(self):
        if not self.undo_stack:
            return False
        self.redo_stack.append(self.text)
        self.text = self.undo_stack.pop()
        return True
    def redo(self):
        if not self.redo_stack:
            return False
        self.undo_stack.append(self.text)
        self.text = self.redo_stack.pop()
        return True
async def main():
    e = Editor()
    for word in ["Hello", ",", " world", "!", " How", " are", " you"]:
        await asyncio.sleep(0)
        e.type(word)
    print(repr(e.text), len(e.undo_stack))
    print([e.undo() for _ in range(7)], repr(e.text))
    print(e.redo(), e.redo(), repr(e.text))
    e.type("?")
    print(e.redo(), repr(e.text), list(e.undo_stack))
asyncio.run(main())
