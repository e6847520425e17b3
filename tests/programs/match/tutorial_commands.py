# The command parser of PEP 636, the pattern matching tutorial.
from dataclasses import dataclass


@dataclass
class Room:
    name: str
    exits: dict


rooms = {
    "hall": Room("hall", {"north": "kitchen", "east": "library"}),
    "kitchen": Room("kitchen", {"south": "hall"}),
    "library": Room("library", {"west": "hall"}),
}
current = rooms["hall"]
inventory = []


def run(command):
    global current
    match command.split():
        case [action]:
            match action:
                case "look":
                    return f"You are in the {current.name}. Exits: {', '.join(current.exits)}"
                case "inventory" | "i":
                    return f"You carry: {inventory or 'nothing'}"
                case "quit":
                    return "Goodbye"
                case _:
                    return f"I don't know how to {action}"
        case ["go", direction] if direction in current.exits:
            current = rooms[current.exits[direction]]
            return f"You go {direction} to the {current.name}"
        case ["go", _]:
            return "You can't go that way"
        case ["get", obj] | ["pick", "up", obj] | ["pick", obj, "up"]:
            inventory.append(obj)
            return f"You take the {obj}"
        case ["drop", *objects]:
            dropped = [o for o in objects if o in inventory]
            for o in dropped:
                inventory.remove(o)
            return f"Dropped: {dropped}"
        case []:
            return "Say something"
        case _:
            return f"Sorry, I couldn't understand {command!r}"


for cmd in ["look", "go north", "look", "go up", "get knife", "pick up spoon",
            "pick fork up", "i", "drop knife fork cup", "inventory", "go south", "go east",
            "look", "", "dance wildly now", "fly", "quit"]:
    print(f"> {cmd}")
    print(run(cmd))
