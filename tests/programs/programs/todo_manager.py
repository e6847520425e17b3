class TodoList:
    def __init__(self):
        self.items = []
        self.next_id = 1
    def add(self, title, priority=2):
        item = {"id": self.next_id, "title": title, "priority": priority, "done": False}
        self.items.append(item)
        self.next_id += 1
        return item["id"]
    def complete(self, item_id):
        for item in self.items:
            if item["id"] == item_id:
                item["done"] = True
                return True
        return False
    def pending(self):
        return sorted((i for i in self.items if not i["done"]), key=lambda i: (i["priority"], i["id"]))
    def render(self):
        for i in self.items:
            mark = "x" if i["done"] else " "
            print(f"[{mark}] {i['id']:>2} p{i['priority']} {i['title']}")
todo = TodoList()
for title, prio in [("write tests", 1), ("fix bug", 1), ("lunch", 3), ("review", 2)]:
    todo.add(title, prio)
todo.complete(2)
print(todo.complete(99))
todo.render()
print([i["title"] for i in todo.pending()])
