# Objects still alive when the program ends are finalised at exit, as CPython does,
# while the modules their __del__ uses still work.
import asyncio

class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name, asyncio.sleep.__name__)

r = Resource("db")
print("end")
