class Widget:
    created = 0
    registry = []
    def __init__(self, label):
        Widget.created += 1
        self.id = Widget.created
        self.label = label
        Widget.registry.append(self)
    def __repr__(self):
        return f"Widget#{self.id}({self.label})"
    @classmethod
    def find(cls, label):
        return [w for w in cls.registry if w.label == label]
for label in ["ok", "cancel", "ok"]:
    Widget(label)
print(Widget.created, Widget.registry, Widget.find("ok"))
