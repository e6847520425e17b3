# Inside a class, __names are mangled: captures, parameters and locals of methods
# alike (and none of them leaks into the module's globals).
class Parser:
    def parse(self, __tokens, *__rest):
        match __tokens:
            case [__head, *__tail]:
                found = (__head, __tail, __rest)
            case _:
                found = None
        return found, sorted(k for k in locals() if "__" in k)

    def __helper(self):
        return "helper"

    def call(self):
        return self.__helper()


print(Parser().parse([1, 2, 3], "extra"))
print(Parser().parse([]))
print(Parser().call(), [k for k in vars(Parser) if "helper" in k])
print([k for k in globals() if "__head" in k or "__tokens" in k])
